import { useLocale, useTranslations } from 'next-intl';
import { breaches, parties } from '@/lib/report/pick';
import { channelViews } from '@/lib/report/view';
import { channelCardLabels } from './channel-labels';
import { Island } from '@/components/islands/Island';
import type { ReportFlowLabels } from './ReportFlow';
import type { SummaryLabels } from './SummaryComposer';

/** The interactive parts of the reporting page, translated for its locale: picking the channel, and the summary. */
export function ReportFlowSection() {
  const locale = useLocale();
  const t = useTranslations('ReportFlow');
  const cards = useTranslations('ReportChannels');
  const summary = useTranslations('SummaryComposer');
  const labels: ReportFlowLabels = {
    title: t('title'),
    whoLegend: t('whoLegend'),
    whatLegend: t('whatLegend'),
    who: Object.fromEntries(parties.map((party) => [party, t(`who.${party}`)])) as ReportFlowLabels['who'],
    what: Object.fromEntries(breaches.map((breach) => [breach, t(`what.${breach}`)])) as ReportFlowLabels['what'],
    choose: t('choose'),
    resultTitle: t('resultTitle'),
    breach: { election_law: t('breach.election_law'), discipline: t('breach.discipline') },
    none: t('none'),
    tniPolriNote: t('tniPolriNote'),
  };
  const summaryKeys = ['who', 'id', 'what', 'when', 'where', 'evidence', 'witnesses', 'title', 'lead', 'output', 'copy', 'copied', 'copyFailed', 'heading', 'empty'] as const;
  return (
    <>
      <Island
        name="report.flow"
        props={{ locale, channels: channelViews(locale), labels, cardLabels: channelCardLabels(cards) }}
      />
      <Island name="report.summary" props={{ labels: Object.fromEntries(summaryKeys.map((key) => [key, summary(key)])) as SummaryLabels }} />
    </>
  );
}
