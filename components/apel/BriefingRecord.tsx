import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { citationNames, getApelKeyPoints, getApelScript, getPledge } from '@/lib/apel/apel-content';
import type { ApelEventField } from '@/lib/apel/event';
import { Island } from '@/components/islands/Island';
import { localize } from '@/lib/content/localize';
import { getContentLastChecked } from '@/lib/changes/load';
import { absoluteUrl } from '@/lib/site/config';
import { localePath } from '@/lib/site/routes';
import { PaperIntro } from './PaperIntro';
import './paper.css';

const blank = '………………………';

/**
 * The briefing record (berita acara sosialisasi): who held the briefing, when and where, the topics covered
 * (the slides' own content) and the sources, with signature blocks. Filled from the event link; blanks to
 * write on otherwise.
 */
export function BriefingRecord({ locale }: { locale: string }) {
  const t = useTranslations('ApelBriefingRecord');
  const format = useFormatter();
  const points = getApelKeyPoints();
  const pledge = getPledge();
  const script = getApelScript();
  const value = (field: ApelEventField) => () => <Island name="apel.event-value" props={{ field, locale, fallback: blank, className: 'font-semibold' }} />;
  const sourceIds = [...script.neutrality.points.flatMap((point) => point.sources), ...points.flatMap((point) => point.sources)];
  const checked = format.dateTime(new Date(`${getContentLastChecked()}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const topic = (title: string, items: ReactNode[]) => (
    <li>
      <span className="font-semibold">{title}</span>
      <ul className="list-[circle] pl-5 text-[0.92em]">{items}</ul>
    </li>
  );

  return (
    <>
      <PaperIntro locale={locale} back={t('back')} intro={t('intro')} print={t('print')} />
      <article data-print-alone="" className="apel-paper">
        <h1 className="text-center text-[1.3em] font-bold uppercase">{t('heading')}</h1>
        <p className="text-center">{t('number')}</p>
        <p className="mt-4">
          {t.rich('opening', { date: value('date'), place: value('place'), office: value('office'), name: value('name'), presenter: value('presenter') })}
        </p>
        <p className="mt-3 font-semibold">{t('topicsTitle')}</p>
        <ol className="list-decimal pl-6">
          {topic(
            localize(script.neutrality.title, locale),
            script.neutrality.points.map((point) => <li key={point.id}>{localize(point.text, locale)}</li>),
          )}
          {topic(
            t('topicDo'),
            points.filter((point) => point.kind === 'do').map((point) => <li key={point.id}>{localize(point.text, locale)}</li>),
          )}
          {topic(
            t('topicDont'),
            points.filter((point) => point.kind === 'dont').map((point) => <li key={point.id}>{localize(point.text, locale)}</li>),
          )}
          {topic(localize(pledge.title, locale), [<li key="pledge">{t('topicPledge', { count: pledge.points.length })}</li>])}
          {topic(t('topicQuiz'), [
            <li key="quiz">{t('topicQuizText')}</li>,
            <li key="contact">{t.rich('topicContact', { contact: value('contact') })}</li>,
          ])}
        </ol>
        <p className="mt-3">{t('participants')}</p>
        <p className="mt-3 font-semibold">{t('sourcesTitle')}</p>
        <p className="text-[0.92em]">
          {t('sources', { names: citationNames(sourceIds, locale).join(', '), portal: absoluteUrl(localePath(locale)), date: checked })}
        </p>
        <p className="text-[0.92em]">{t('pledgeSources', { outlets: [...new Set(pledge.sources.map((source) => source.publisher))].join(', ') })}</p>
        <p className="mt-3">{t('closing')}</p>
        <div className="mt-6 grid grid-cols-2 gap-8 text-center">
          <div>
            <p>{t('signPresenter')}</p>
            <p className="mt-12 font-semibold">
              <Island name="apel.event-value" props={{ field: 'presenter', locale, fallback: blank }} />
            </p>
            <p>{t('nip')}</p>
          </div>
          <div>
            <p>{t('signHead')}</p>
            <p className="mt-12 font-semibold">{blank}</p>
            <p>{t('nip')}</p>
          </div>
        </div>
      </article>
    </>
  );
}
