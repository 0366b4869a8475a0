import { useTranslations } from 'next-intl';
import { checkerContent } from '@/lib/rules/index';
import { buildCheckerView, type CheckerLabels } from '@/lib/rules/view-model';
import { reportErrorUrl } from '@/lib/site/config';
import { listPattern } from '@/lib/i18n/list-pattern';
import { dayPattern } from '@/lib/i18n/day-pattern';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { Island } from '@/components/islands/Island';
import { compileMessage } from '@/lib/i18n/compile-messages';

/** Translates and localizes everything the checker island (with its case gallery) needs, for this page's locale only. */
export function CheckerSection({ locale }: { locale: string }) {
  const t = useTranslations('ScenarioChecker');
  const dates = useTranslations('RuleDates');
  const r = useTranslations('CheckerResult');
  const g = useTranslations('CaseGallery');
  const report = useTranslations('ReportMistake');
  const labels: CheckerLabels = {
    searchLabel: t('searchLabel'),
    searchHint: t('searchHint'),
    suggestionsTitle: t('suggestionsTitle'),
    suggestionsNone: t('suggestionsNone'),
    optionalStep: t('optionalStep'),
    continue: t('continue'),
    cancel: t('cancel'),
    chooseError: t('chooseError'),
    answersTitle: t('answersTitle'),
    change: t('change'),
    restart: t('restart'),
    verdicts: {
      allowed: t('verdictAllowed'),
      violation: t('verdictViolation'),
      caution: t('verdictCaution'),
      incomplete: t('verdictIncomplete'),
    },
    verdictLeads: { allowed: t('leadAllowed'), violation: t('leadViolation'), caution: t('leadCaution') },
    why: t('why'),
    becauseYouChose: t('becauseYouChose'),
    pendingRules: t('pendingRules'),
    legalBasis: t('legalBasis'),
    sanction: t('sanction'),
    sanctionIfViolation: t('sanctionIfViolation'),
    possibleSanctions: t('possibleSanctions'),
    noSanctionSet: t('noSanctionSet'),
    violationTypes: t('violationTypes'),
    instead: t('instead'),
    report: t('report'),
    uncertain: t('uncertain'),
    notes: t('notes'),
    statuses: { reported: t('statusReported'), unconfirmed: t('statusUnconfirmed'), conflicting: t('statusConflicting') },
    copyLink: t('copyLink'),
    copied: t('copied'),
    copyFailed: t('copyFailed'),
    shareWhatsApp: t('shareWhatsApp'),
    print: t('print'),
    unknownNotice: t('unknownNotice'),
    unknownReasons: { key: t('reasonKey'), value: t('reasonValue'), repeated: t('reasonRepeated'), excess: t('reasonExcess') },
    ignoredNotice: t('ignoredNotice'),
    uncovered: t('uncovered'),
    disclaimer: t('disclaimer'),
    sourcesLink: t('sourcesLink'),
    loadingDetails: t('loadingDetails'),
    detailsFailed: t('detailsFailed'),
    sources: t('sources'),
    lists: { and: listPattern(locale, 'conjunction'), or: listPattern(locale, 'disjunction') },
    ruleDates: { dayPattern: dayPattern(dates('dateLocale')), inForceSince: dates('inForceSince'), changedOn: dates('changedOn'), before: dates('before'), penalties: dates('penalties') },
    result: {
      nextSteps: r('nextSteps'),
      alreadyDid: r('alreadyDid'),
      sanctionFor: compileMessage(r.raw('sanctionFor')),
      sanctionIfViolationFor: compileMessage(r.raw('sanctionIfViolationFor')),
      sanctionDepends: r('sanctionDepends'),
      details: r('details'),
      detailsAllowed: r('detailsAllowed'),
      sanctionMeanings: r('sanctionMeanings'),
      changeAnswers: r('changeAnswers'),
      footprint: r('footprint'),
      reportMistake: r('reportMistake'),
      reportBase: reportErrorUrl,
      reportSubject: compileMessage(report.raw('subject')),
      reportBody: compileMessage(report.raw('pageBody')),
    },
    gallery: { title: g('title'), intro: g('intro'), needsAnswers: g('needsAnswers') },
  };
  const view = buildCheckerView(checkerContent(), locale, labels, {
    checker: localePath(locale, sectionPaths.checker),
    sources: localePath(locale, sectionPaths.sources),
    texts: `${localePath(locale, sectionPaths.checker)}rule-texts.json`,
    search: `${localePath(locale, sectionPaths.checker)}search-data.json`,
  });
  return <Island name="checker" props={{ view }} />;
}
