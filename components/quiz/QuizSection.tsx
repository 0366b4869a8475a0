import { useMessages } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { getInstruments } from '@/lib/content/catalog';
import { loadQuizBank } from '@/lib/quiz/load-bank';
import { localizeQuestion } from '@/lib/quiz/quiz-question';
import { roundParam, roundParamValues } from '@/lib/quiz/round-param';
import type { QuizTopic } from '@/lib/quiz/topics';
import { Quiz } from './Quiz';

/** Prepares the quiz on the server: this locale's questions and texts only, ready for the browser. */
export function QuizSection({ locale }: { locale: Locale }) {
  const { topics, ...labels } = useMessages().Quiz;
  const options = {
    true: labels.optionTrue,
    false: labels.optionFalse,
    allowed: labels.optionAllowed,
    violation: labels.optionViolation,
    caution: labels.optionCaution,
  };
  const topicNames: Record<QuizTopic, string> = {
    'apa-itu-netralitas': topics.apaItuNetralitas,
    larangan: topics.larangan,
    'media-sosial': topics.mediaSosial,
    'acara-dan-foto': topics.acaraDanFoto,
    'partai-ormas-pencalonan': topics.partaiOrmasPencalonan,
    'kantor-anggaran-keputusan': topics.kantorAnggaranKeputusan,
    'hak-pilih': topics.hakPilih,
    sanksi: topics.sanksi,
    'tekanan-di-lapangan': topics.tekananDiLapangan,
    'cara-melapor': topics.caraMelapor,
    'angka-dan-sejarah': topics.angkaDanSejarah,
    'tanya-jawab': topics.tanyaJawab,
  };
  const instrumentNames = new Map(getInstruments().map((instrument) => [instrument.id, instrument.short]));
  const quizUrl = absoluteUrl(localePath(locale, sectionPaths.quiz));
  return (
    <Quiz
      locale={locale}
      questions={loadQuizBank().map((question) => localizeQuestion(question, locale, options, instrumentNames))}
      labels={labels}
      topicNames={topicNames}
      roundLinks={{
        short: `${quizUrl}?${roundParam}=${roundParamValues.short}`,
        full: `${quizUrl}?${roundParam}=${roundParamValues.full}`,
      }}
    />
  );
}
