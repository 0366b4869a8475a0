import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { GuideArticle } from '@/components/guides/GuideArticle';
import { routing } from '@/i18n/routing';
import { getGuide, getGuideHeadings, listGuideSlugs } from '@/lib/content/guides';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => listGuideSlugs().map((slug) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/panduan/[slug]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const guide = getGuide(locale, slug);
  return pageMetadata({ locale, path: `${sectionPaths.guides}/${slug}`, title: guide.title, description: guide.summary });
}

export default async function GuidePage({ params }: PageProps<'/[locale]/panduan/[slug]'>) {
  const locale = await pageLocale(params);
  const { slug } = await params;
  const { default: Content } = await import(`@/content/guides/${slug}/${locale}.mdx`);
  const t = await getTranslations('GuidePage');
  return (
    <GuideArticle
      locale={locale}
      guide={getGuide(locale, slug)}
      backLabel={t('backToGuides')}
      sections={getGuideHeadings(locale, slug).filter((heading) => heading.depth === 2)}
    >
      <Content />
    </GuideArticle>
  );
}
