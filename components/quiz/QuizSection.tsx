import { useMessages } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { loadQuizBank, quizTopicNames } from '@/lib/quiz/load-bank';
import { answerKeyOf } from '@/lib/quiz/score';
import { roundParam, roundParamValues } from '@/lib/quiz/round-param';
import { Island } from '@/components/islands/Island';
import { compileTemplates } from '@/lib/i18n/compile-messages';
import { quizTemplateKeys } from '@/lib/quiz/quiz-labels';

/**
 * Prepares the quiz on the server: this locale's texts and the answer key (a saved result shows at once); the island
 * loads the questions (kuis/questions.json) once live.
 */
export function QuizSection({ locale }: { locale: Locale }) {
  const labels = useMessages().Quiz;
  const topicNames = quizTopicNames(locale);
  const quizUrl = absoluteUrl(localePath(locale, sectionPaths.quiz));
  return (
    <>
      <Island
        name="quiz"
        props={{
          locale,
          questionsUrl: `${localePath(locale, sectionPaths.quiz)}questions.json`,
          labels: compileTemplates(labels, quizTemplateKeys),
          topicNames,
          answerKey: answerKeyOf(loadQuizBank()),
          roundLinks: {
            short: `${quizUrl}?${roundParam}=${roundParamValues.short}`,
            full: `${quizUrl}?${roundParam}=${roundParamValues.full}`,
          },
        }}
      />
      {/* Outside the island: a browser running it never shows this, and hydration would empty it. */}
      <noscript>
        <p className="mt-4 rounded-lg border-l-4 border-caution bg-caution-bg p-4">{labels.noScript}</p>
      </noscript>
    </>
  );
}
