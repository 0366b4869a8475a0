import { useLocale, useTranslations } from 'next-intl';
import { getInstruments, getSources } from '@/lib/content/catalog';
import { localePath, secondarySourcesPath } from '@/lib/site/routes';
import { InstrumentEntry } from './InstrumentEntry';
import { SeedArticle } from './SeedArticle';

/**
 * The sources page body: how sure each fact is, the legal instruments first (what most readers come for), then the
 * seed articles with their claims folded away, then where the secondary sources are. Those have a page of their
 * own (SecondarySources) to keep this one light; links to this page's old `#<secondary id>` addresses land at its
 * top, where the jump list leads to the section that points to them (a static host cannot redirect a fragment).
 */
export function SourcesOverview() {
  const locale = useLocale();
  const t = useTranslations('SourcesOverview');
  const secondaryPage = useTranslations('SecondarySourcesPage');
  const sources = getSources();
  const seeds = sources.filter((source) => source.kind === 'seed');
  const secondary = sources.filter((source) => source.kind !== 'seed');
  return (
    <>
      <nav aria-label={t('jumpLabel')} className="mt-4">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <a className="link" href="#dasar-hukum">{t('instrumentsTitle')}</a>
          </li>
          <li>
            <a className="link" href="#artikel-sumber">{t('seedsTitle')}</a>
          </li>
          <li>
            <a className="link" href="#sumber-sekunder">{t('secondaryTitle')}</a>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="status-legend" className="mt-6 rounded-xl bg-surface p-4">
        <h2 id="status-legend" className="text-lg font-bold">{t('statusTitle')}</h2>
        <ul className="mt-2 space-y-1">
          <li><strong>{t('verified')}</strong> {t('verifiedText')}</li>
          <li><strong>{t('reported')}</strong> {t('reportedText')}</li>
          <li><strong>{t('unconfirmed')}</strong> {t('unconfirmedText')}</li>
          <li><strong>{t('conflicting')}</strong> {t('conflictingText')}</li>
        </ul>
      </section>
      <section aria-labelledby="dasar-hukum" className="mt-10">
        <h2 id="dasar-hukum" className="text-2xl font-bold">{t('instrumentsTitle')}</h2>
        <p className="mt-2 max-w-prose">{t('instrumentsIntro')}</p>
        <div className="mt-4 space-y-4">
          {getInstruments().map((instrument) => (
            <InstrumentEntry key={instrument.id} instrument={instrument} />
          ))}
        </div>
      </section>
      <section aria-labelledby="artikel-sumber" className="mt-10">
        <h2 id="artikel-sumber" className="text-2xl font-bold">{t('seedsTitle')}</h2>
        <p className="mt-2 max-w-prose">{t('seedsIntro')}</p>
        <div className="mt-4 space-y-6">
          {seeds.map((source) => (
            <SeedArticle key={source.id} source={source} />
          ))}
        </div>
      </section>
      <section aria-labelledby="sumber-sekunder" className="mt-10">
        <h2 id="sumber-sekunder" className="text-2xl font-bold">{t('secondaryTitle')}</h2>
        <p className="mt-2 max-w-prose">
          {secondaryPage('moved', { count: secondary.length })}{' '}
          <a className="link" href={localePath(locale, secondarySourcesPath)}>
            {t('secondaryTitle')}
          </a>
          .
        </p>
      </section>
    </>
  );
}
