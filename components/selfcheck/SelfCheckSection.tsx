import { compileTemplates } from '@/lib/i18n/compile-messages';
import { useTranslations } from 'next-intl';
import { buildSelfCheckData, splitSelfCheckData } from '@/lib/selfcheck/view';
import { localePath, sectionPaths, toolPaths } from '@/lib/site/routes';
import { Island } from '@/components/islands/Island';
import type { SelfCheckLabels } from './SelfCheck';

/** Translates the labels and gives the island the questions, for this page's locale (the report's data is in report-data.json). */
export function SelfCheckSection({ locale }: { locale: string }) {
  const t = useTranslations('SelfCheck');
  const keys = [
    'privacy', 'progress', 'yes', 'no', 'unsure', 'continue', 'back', 'chooseError', 'answersTitle', 'change', 'restart',
    'reportTitle', 'reportLead', 'statusLine', 'risksTitle', 'noRisks', 'unsureNote', 'rule', 'legalBasis', 'sanction',
    'sanctionIfViolation', 'possibleSanctions', 'noSanctionSet', 'todo', 'instead', 'uncertain', 'openChecker', 'fineTitle',
    'fineLead', 'clearTitle', 'pressureTitle', 'pressureLink', 'print', 'copyText', 'copied', 'copyFailed', 'bookmark',
    'notice', 'reasonKey', 'reasonValue', 'reasonRepeated', 'reasonSkipped', 'reasonExcess', 'missing', 'disclaimer',
    'checkedOn', 'textTitle', 'textLink', 'loadingReport', 'reportFailed',
  ] as const;
  // The three texts with ICU arguments are compiled; the island fills them in.
  const raw = Object.fromEntries(keys.map((key) => [key, t.raw(key) as string])) as Record<(typeof keys)[number], string>;
  const labels: SelfCheckLabels = {
    ...compileTemplates(raw, ['progress', 'statusLine', 'checkedOn']),
    statuses: { reported: t('statuses.reported'), unconfirmed: t('statuses.unconfirmed'), conflicting: t('statuses.conflicting') },
    verdicts: { violation: t('verdicts.violation'), caution: t('verdicts.caution'), allowed: t('verdicts.allowed'), incomplete: t('verdicts.incomplete') },
  };
  const paths = {
    checker: localePath(locale, sectionPaths.checker),
    pressure: `${localePath(locale, toolPaths.report)}#ditekan`,
  };
  // The page carries the questions; the report's results and texts come with report-data.json once answering begins.
  const { page } = splitSelfCheckData(buildSelfCheckData(locale));
  const reportUrl = `${localePath(locale, toolPaths.selfCheck)}report-data.json`;
  return <Island name="selfcheck" props={{ data: page, reportUrl, labels, paths }} />;
}
