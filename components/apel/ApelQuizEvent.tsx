import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { ReactNode } from 'react';
import { getContentLastChecked } from '@/lib/changes/load';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { ApelQuizProvider } from './ApelQuizContext';

/** Server side of the quiz page's assembly context: its texts, the verify page's address, the content version. */
export async function ApelQuizEvent({ locale, children }: { locale: Locale; children: ReactNode }) {
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
  ] as const;
  return (
    <ApelQuizProvider
      locale={locale}
      labels={Object.fromEntries(keys.map((key) => [key, t.raw(key)])) as Record<(typeof keys)[number], string>}
      verifyUrl={absoluteUrl(localePath(locale, `${sectionPaths.apel}/verifikasi`))}
      contentVersion={getContentLastChecked()}
    >
      {children}
    </ApelQuizProvider>
  );
}
