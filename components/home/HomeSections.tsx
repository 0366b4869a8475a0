import { useTranslations } from 'next-intl';
import { localePath, sectionPaths, toolPaths } from '@/lib/site/routes';
import { HomeKeyPoints } from './HomeKeyPoints';

export function HomeSections({ locale }: { locale: string }) {
  const t = useTranslations('HomePage');
  const tools = useTranslations('HomeTools');
  const cards = [
    { href: localePath(locale, sectionPaths.checker), title: t('checkerTitle'), text: t('checkerText') },
    { href: localePath(locale, toolPaths.selfCheck), title: tools('selfCheckTitle'), text: tools('selfCheckText') },
    { href: localePath(locale, toolPaths.report), title: tools('reportTitle'), text: tools('reportText') },
    { href: localePath(locale, sectionPaths.guides), title: t('guidesTitle'), text: t('guidesText') },
    { href: localePath(locale, sectionPaths.quiz), title: t('quizTitle'), text: t('quizText') },
    { href: localePath(locale, sectionPaths.apel), title: t('apelTitle'), text: t('apelText') },
  ];
  return (
    <>
      <section aria-labelledby="home-sections" className="mt-10">
        <h2 id="home-sections" className="text-xl font-bold">
          {t('sectionsTitle')}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {cards.map((card) => (
            <li key={card.href}>
              <a
                href={card.href}
                className="block h-full rounded-xl border border-line bg-surface p-5 no-underline hover:border-brand"
              >
                <span className="text-lg font-bold text-brand underline underline-offset-4">{card.title}</span>
                <span className="mt-2 block text-ink">{card.text}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <HomeKeyPoints locale={locale} />
    </>
  );
}
