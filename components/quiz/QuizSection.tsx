import { useFormatter, useMessages, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { absoluteUrl, reportErrorUrl } from '@/lib/site/config';
import { reportMistakeHref } from '@/lib/site/report-mistake';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { getInstruments, getPenalties } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { loadQuizBank, quizTopicNames } from '@/lib/quiz/load-bank';
import { localizeQuestion, type PenaltyLine } from '@/lib/quiz/quiz-question';
import { roundParam, roundParamValues } from '@/lib/quiz/round-param';
import { Quiz } from './Quiz';

/** Prepares the quiz on the server: this locale's questions and texts only, ready for the browser. */
export function QuizSection({ locale }: { locale: Locale }) {
  const labels = useMessages().Quiz;
  const options = {
    true: labels.optionTrue,
    false: labels.optionFalse,
    allowed: labels.optionAllowed,
    violation: labels.optionViolation,
    caution: labels.optionCaution,
  };
  const topicNames = quizTopicNames(locale);
  const instrumentNames = new Map(getInstruments().map((instrument) => [instrument.id, instrument.short]));
  const penaltyLines = usePenaltyLines(locale, instrumentNames);
  const quizUrl = absoluteUrl(localePath(locale, sectionPaths.quiz));
  const report = useTranslations('ReportMistake');
  const withReportLink = <Q extends { id: string; prompt: string }>(question: Q) => ({
    ...question,
    reportHref: reportMistakeHref(reportErrorUrl, {
      subject: report('subject', { title: `${labels.reportQuestion} ${question.id}` }),
      body: `${report('pageBody', { url: quizUrl })}\n${labels.reportQuestion} ${question.id}: ${question.prompt}\n`,
    }),
  });
  return (
    <Quiz
      locale={locale}
      questions={loadQuizBank().map((question) => withReportLink(localizeQuestion(question, locale, options, instrumentNames, penaltyLines)))}
      labels={labels}
      topicNames={topicNames}
      roundLinks={{
        short: `${quizUrl}?${roundParam}=${roundParamValues.short}`,
        full: `${quizUrl}?${roundParam}=${roundParamValues.full}`,
      }}
    />
  );
}

/**
 * Each criminal provision's state today, worded as the guides' penalty component words it (messages `Penalty`):
 * a criminal offence whose penalty UU 1/2026 adjusted, with figures only where confirmed.
 */
function usePenaltyLines(locale: Locale, instrumentNames: ReadonlyMap<string, { id: string; en: string }>): Map<string, PenaltyLine> {
  const t = useTranslations('Penalty');
  const format = useFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const short = (id: string) => localize(instrumentNames.get(id) ?? { id, en: id }, locale);
  return new Map(
    getPenalties().map((penalty) => {
      const { current } = penalty;
      const now = `${t('adjusted', { instrument: short(current.adjustedBy), date: day(current.since) })} ${
        current.figures ? t('figures', { figures: localize(current.figures, locale) }) : t('figuresUnconfirmed')
      }`;
      const guide = localePath(locale, `${sectionPaths.guides}/${penalty.explainedIn.guide}`);
      return [penalty.id, { label: `${short(penalty.instrument)} ${localize(penalty.article, locale)}`, now, href: `${guide}#${penalty.explainedIn.anchor}` }];
    }),
  );
}
