import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { GuideSummary } from '@/lib/content/guides';
import { ReportMistakeLink } from '@/components/layout/ReportMistakeLink';
import { absoluteUrl } from '@/lib/site/config';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { GuideContents, contentsId } from './GuideContents';

interface Props {
  locale: string;
  guide: GuideSummary;
  backLabel: string;
  /** The page's main (h2) sections, for the "on this page" links. */
  sections?: { id: string; text: string }[];
  children: ReactNode;
}

export function GuideArticle({ locale, guide, backLabel, sections = [], children }: Props) {
  const t = useTranslations('GuidePage');
  const reading = useTranslations('GuideReading');
  const format = useFormatter();
  const checked = format.dateTime(new Date(`${guide.lastChecked}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <article data-pagefind-body>
      <p className="no-print text-sm" data-pagefind-ignore>
        <a className="link" href={localePath(locale, sectionPaths.guides)}>
          ← {backLabel}
        </a>
      </p>
      <h1 className="mt-3 text-3xl font-bold leading-tight">{guide.title}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{guide.summary}</p>
      <p className="mt-2 text-sm text-muted" data-pagefind-ignore>
        {t('lastChecked', { date: checked })}
      </p>
      <GuideContents headings={sections} />
      <div className="guide-prose mt-8">{children}</div>
      <p className="no-print mt-8 text-sm" data-pagefind-ignore><ReportMistakeLink locale={locale} pageTitle={guide.title} pageUrl={absoluteUrl(localePath(locale, `${sectionPaths.guides}/${guide.slug}`))} /></p>
      {sections.length >= 3 && (
        // Stays at the bottom of the screen while the guide is read (CSS sticky, no JavaScript), and comes last in
        // the reading and tab order. The bar itself lets clicks through; only the link takes them.
        <p className="back-to-contents no-print pointer-events-none sticky bottom-3 mt-8 flex justify-end" data-pagefind-ignore>
          <a
            className="pointer-events-auto rounded-full border border-line bg-canvas px-4 py-2 text-sm font-semibold text-brand shadow-md underline-offset-2 hover:underline"
            href={`#${contentsId}`}
          >
            <span aria-hidden="true">↑ </span>
            {reading('backToContents')}
          </a>
        </p>
      )}
    </article>
  );
}
