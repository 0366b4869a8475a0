import { useTranslations } from 'next-intl';
import { checkerContent } from '@/lib/rules/index';
import { checkerCases } from '@/lib/search/checker-cases';
import { loadSearchVocabulary } from '@/lib/search/vocabulary';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { Island } from '@/components/islands/Island';
import { compileMessage } from '@/lib/i18n/compile-messages';

/** The guide section that says who handles what (Bawaslu, BKN, the PPK): where to ask an official. */
const askAnOfficial = `${sectionPaths.guides}/cara-melapor`;
const askAnOfficialSection = '#siapa-berperan';

/** The search results page body: the interactive box, and a way on for browsers without JavaScript. */
export function SearchPage({ locale }: { locale: string }) {
  const t = useTranslations('SearchPage');
  const more = useTranslations('SearchResults');
  return (
    <>
      <Island
        name="search"
        props={{
        locale,
        labels: {
          label: t('label'),
          submit: t('submit'),
          idle: t('idle'),
          loading: t('loading'),
          // Filled in by the island once it knows the query and the count.
          noGuides: compileMessage(more.raw('noGuides')),
          results: compileMessage(more.raw('results')),
          failed: t('failed'),
          casesTitle: more('casesTitle'),
          nextStepsTitle: more('nextStepsTitle'),
        },
        cases: checkerCases(checkerContent(), locale),
        vocabulary: loadSearchVocabulary(),
        nextSteps: [
          { href: localePath(locale, sectionPaths.checker), text: more('nextChecker') },
          { href: localePath(locale, sectionPaths.guides), text: more('nextGuides') },
          { href: `${localePath(locale, askAnOfficial)}${askAnOfficialSection}`, text: more('nextAsk') },
        ],
        }}
      />
      <noscript>
        <p className="mt-4">
          {t('noScript')}{' '}
          <a className="link" href={localePath(locale, sectionPaths.guides)}>
            {t('browseGuides')}
          </a>
        </p>
      </noscript>
    </>
  );
}
