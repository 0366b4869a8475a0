import { compileTemplates } from '@/lib/i18n/compile-messages';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { Island } from '@/components/islands/Island';
import { getContentLastChecked } from '@/lib/changes/load';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import type { ApelQuizLabels } from './apelQuizStore';

/**
 * The quiz page's assembly (the event an apel QR code attached): the banner island, which also hands the quiz island's
 * result and certificate their texts, the verify page's address and the content version (apelQuizStore.ts).
 */
export async function ApelQuizEvent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ApelQuiz' });
  const keys = [
    'banner',
    'remove',
    'codeTitle',
    'codeIntro',
    'copy',
    'copied',
    'copyFailed',
    'verifyLink',
    'certificateEvent',
    'learningTime',
    'learningBriefing',
    'learningQuiz',
    'learningNote',
    'certificateCode',
    'certificateQr',
  ] as const satisfies readonly (keyof ApelQuizLabels)[];
  const settings = {
    locale,
    labels: compileTemplates(Object.fromEntries(keys.map((key) => [key, t.raw(key) as string])) as Record<(typeof keys)[number], string>, [
      'banner',
      'certificateEvent',
      'learningTime',
      'learningBriefing',
      'learningQuiz',
      'certificateQr',
    ]),
    verifyUrl: absoluteUrl(localePath(locale, `${sectionPaths.apel}/verifikasi`)),
    contentVersion: getContentLastChecked(),
  };
  return <Island name="apel-quiz.banner" props={{ settings }} />;
}
