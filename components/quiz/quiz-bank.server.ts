import 'server-only';
import { getFormatter, getMessages, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getInstruments, getPenalties, getSources } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { loadQuizBank } from '@/lib/quiz/load-bank';
import { localizeQuestion, type PenaltyLine, type QuizQuestion } from '@/lib/quiz/quiz-question';
import { absoluteUrl, reportErrorUrl } from '@/lib/site/config';
import { reportMistakeHref } from '@/lib/site/report-mistake';
import { localePath, sectionPaths } from '@/lib/site/routes';

/**
 * The whole question bank in one locale, as the quiz island uses it: served as kuis/questions.json, loaded by
 * the page once it is live (and precached for offline use), so that the page itself stays small.
 */
export async function quizQuestionsFor(locale: Locale): Promise<QuizQuestion[]> {
  const labels = (await getMessages({ locale })).Quiz;
  const options = {
    true: labels.optionTrue,
    false: labels.optionFalse,
    allowed: labels.optionAllowed,
    violation: labels.optionViolation,
    caution: labels.optionCaution,
  };
  const instrumentNames = new Map(getInstruments().map((instrument) => [instrument.id, instrument.short]));
  const places = { instruments: getInstruments(), sources: getSources() };
  const penaltyLines = await penaltyLinesFor(locale, instrumentNames);
  const quizUrl = absoluteUrl(localePath(locale, sectionPaths.quiz));
  const report = await getTranslations({ locale, namespace: 'ReportMistake' });
  return loadQuizBank().map((bankQuestion) => {
    const question = localizeQuestion(bankQuestion, locale, options, instrumentNames, places, penaltyLines);
    return {
      ...question,
      reportHref: reportMistakeHref(reportErrorUrl, {
        subject: report('subject', { title: `${labels.reportQuestion} ${question.id}` }),
        body: `${report('pageBody', { url: quizUrl })}\n${labels.reportQuestion} ${question.id}: ${question.prompt}\n`,
      }),
    };
  });
}

/**
 * Each criminal provision's state today, worded as the guides' penalty component words it (messages `Penalty`):
 * a criminal offence whose penalty UU 1/2026 adjusted, with figures only where confirmed.
 */
async function penaltyLinesFor(locale: Locale, instrumentNames: ReadonlyMap<string, { id: string; en: string }>): Promise<Map<string, PenaltyLine>> {
  const t = await getTranslations({ locale, namespace: 'Penalty' });
  const format = await getFormatter({ locale });
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
