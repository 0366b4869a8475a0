import { formatMessage, type Message } from '@/lib/i18n/format-message';
import type { FlaggedCertainty } from '@/lib/rules/browser';
import type { ChannelView } from '@/lib/report/view';
import { SourceLinks } from './SourceLinks';

export interface ChannelCardLabels {
  deadline: string;
  noDeadline: string;
  asks: string;
  next: string;
  sources: string;
  open: Message;
  checked: Message;
  status: Record<FlaggedCertainty, string>;
}

interface Props {
  locale: string;
  channel: ChannelView;
  labels: ChannelCardLabels;
  headingLevel?: 3 | 4 | 5;
}

/** One reporting channel: how, deadline, what it asks for, what happens next, and its sources. No hooks: server or client. */
export function ChannelCard({ locale, channel, labels, headingLevel = 3 }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="channel-card rounded-xl border border-line bg-canvas p-4" data-channel={channel.id}>
      <Heading className="text-lg font-bold">{channel.name}</Heading>
      <p className="mt-1">{channel.how}</p>
      {channel.url && (
        <p className="mt-1">
          <a className="link break-all font-semibold" href={channel.url} rel="noopener noreferrer">
            {formatMessage(labels.open, locale, { name: channel.url.replace(/^https:\/\//, '').replace(/\/$/, '') })}
          </a>
        </p>
      )}
      <p className="mt-3 font-semibold">{labels.deadline}</p>
      <p>{channel.deadline ?? labels.noDeadline}</p>
      <p className="mt-3 font-semibold">{labels.asks}</p>
      <ul className="list-disc pl-5">
        {channel.asks.map((ask) => (
          <li key={ask}>{ask}</li>
        ))}
      </ul>
      {channel.next && (
        <>
          <p className="mt-3 font-semibold">{labels.next}</p>
          <p>{channel.next}</p>
        </>
      )}
      <p className="mt-3 text-sm text-muted">
        <span className="font-semibold">{labels.sources}: </span>
        <SourceLinks sources={channel.sources} />
        {channel.status !== 'verified' && <> ({labels.status[channel.status]})</>}. {formatMessage(labels.checked, locale, { date: channel.lastChecked })}
      </p>
    </article>
  );
}
