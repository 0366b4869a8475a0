import { getFormatter, getTranslations } from 'next-intl/server';
import { localeStaticParams, routeLocale } from '@/i18n/page-locale';
import { buildAtomFeed } from '@/lib/changes/atom';
import { getChangeTimeline } from '@/lib/changes/load';
import { changesFeedPath, changesPagePath, previousDay } from '@/lib/changes/paths';
import { statesItsEnd } from '@/lib/changes/timeline';
import { localize } from '@/lib/content/localize';
import { absoluteUrl } from '@/lib/site/config';

// The "What changed" list as an Atom feed, one static file per locale, so that offices can follow it.
export const dynamic = 'force-static';

export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params);
  const t = await getTranslations({ locale, namespace: 'ChangesPage' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const format = await getFormatter({ locale });
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const pageUrl = absoluteUrl(changesPagePath(locale));
  const feedUrl = absoluteUrl(changesFeedPath(locale));
  const xml = buildAtomFeed({
    id: feedUrl,
    title: `${site('name')}: ${t('title')}`,
    subtitle: t('description'),
    language: locale,
    pageUrl,
    feedUrl,
    author: site('name'),
    entries: getChangeTimeline().map((entry) => ({
      id: `${pageUrl}#${entry.id}`,
      title: localize(entry.title, locale),
      date: entry.date,
      link: `${pageUrl}#${entry.id}`,
      summary: [
        localize(entry.summary, locale),
        statesItsEnd(localize(entry.before, locale)) ? localize(entry.before, locale) : `${t('before', { date: day(previousDay(entry.date)) })} ${localize(entry.before, locale)}`,
        entry.after && `${t('after', { date: day(entry.date) })} ${localize(entry.after, locale)}`,
      ]
        .filter(Boolean)
        .join('\n\n'),
    })),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
