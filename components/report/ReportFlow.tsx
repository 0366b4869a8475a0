'use client';

import { useState } from 'react';
import { type Breach, breaches, type Party, parties, pickChannels } from '@/lib/report/pick';
import type { ChannelView } from '@/lib/report/view';
import { ChannelCard, type ChannelCardLabels } from './ChannelCard';

export interface ReportFlowLabels {
  title: string;
  whoLegend: string;
  whatLegend: string;
  who: Record<Party, string>;
  what: Record<Breach | 'not_sure', string>;
  choose: string;
  resultTitle: string;
  breach: Record<Breach, string>;
  none: string;
  tniPolriNote: string;
}

interface Props {
  locale: string;
  channels: ChannelView[];
  labels: ReportFlowLabels;
  cardLabels: ChannelCardLabels;
}

/** Two questions (who acted, what happened) and the channels that take that report, with deadline and requirements. */
export function ReportFlow({ locale, channels, labels, cardLabels }: Props) {
  const [who, setWho] = useState<Party | ''>('');
  const [what, setWhat] = useState<Breach | 'not_sure' | ''>('');
  const picked = who && what ? pickChannels(channels, who, what) : [];
  const radio = (name: string, value: string, label: string, checked: boolean, onChange: () => void) => (
    <label
      key={value}
      className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-line p-3 hover:border-brand has-checked:border-brand has-checked:bg-surface"
    >
      <input type="radio" name={name} value={value} checked={checked} onChange={onChange} className="mt-1 size-5 shrink-0 accent-brand" />
      <span>{label}</span>
    </label>
  );
  return (
    <section aria-labelledby="report-flow" className="mt-8">
      <h2 id="report-flow" className="text-2xl font-bold">
        {labels.title}
      </h2>
      <form className="mt-4 grid gap-6 md:grid-cols-2" onSubmit={(event) => event.preventDefault()}>
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-lg font-bold">{labels.whoLegend}</legend>
          {parties.map((party) => radio('report-who', party, labels.who[party], who === party, () => setWho(party)))}
        </fieldset>
        <fieldset className="grid gap-2">
          <legend className="mb-2 text-lg font-bold">{labels.whatLegend}</legend>
          {breaches.map((breach) => radio('report-what', breach, labels.what[breach], what === breach, () => setWhat(breach)))}
        </fieldset>
      </form>
      <div aria-live="polite" className="mt-6">
        {!picked.length ? (
          <p className="text-muted">{labels.choose}</p>
        ) : (
          <>
            <h3 className="text-xl font-bold">{labels.resultTitle}</h3>
            {who === 'tni_polri' && <p className="mt-2 rounded-lg border-l-4 border-caution bg-caution-bg p-3">{labels.tniPolriNote}</p>}
            {picked.map(({ breach, channels: list }) => (
              <div key={breach} className="mt-4">
                <h4 className="text-lg font-semibold">{labels.breach[breach]}</h4>
                {list.length ? (
                  <ol className="mt-2 grid gap-3">
                    {list.map((channel) => (
                      <li key={channel.id}>
                        <ChannelCard locale={locale} channel={channel} labels={cardLabels} headingLevel={5} />
                      </li>
                    ))}
                  </ol>
                ) : (
                  <p className="mt-2">{labels.none}</p>
                )}
              </div>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
