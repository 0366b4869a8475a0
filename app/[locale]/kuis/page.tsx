import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ApelQuizEvent } from '@/components/apel/ApelQuizEvent';
import { DeleteMyDataButton } from '@/components/privacy/DeleteMyDataButton';
import { QuizSection } from '@/components/quiz/QuizSection';
import { pageLocale } from '@/i18n/page-locale';
import { pageMetadata } from '@/lib/site/metadata';
import { deleteDataAnchor, localePath, privacyPath, sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/kuis'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'QuizPage' });
  return pageMetadata({ locale, path: sectionPaths.quiz, title: t('title'), description: t('description') });
}

export default async function QuizPage({ params }: PageProps<'/[locale]/kuis'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('QuizPage');
  const privacy = await getTranslations('PrivacyPage.delete');
  const footer = await getTranslations('SiteFooter');
  return (
    <>
      {/* Hidden when printing a certificate (see components/quiz/certificate.css). */}
      <div className="quiz-screen-only">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
      </div>
      {/* The assembly an apel QR code attached (components/apel): banner, and the completion code on the result and certificate. */}
      <ApelQuizEvent locale={locale} />
      <QuizSection locale={locale} />
      <DeleteMyDataButton
        labels={{ button: privacy('button'), done: privacy('done'), nothing: privacy('nothing'), failed: privacy('failed'), privacyLink: footer('privacyLink') }}
        privacyHref={`${localePath(locale, privacyPath)}#${deleteDataAnchor}`}
      />
    </>
  );
}
