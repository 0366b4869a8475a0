import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { PreviewImageCard } from '@/components/share/PreviewImageCard';
import { routing } from '@/i18n/routing';
import { previewImageSize } from '@/lib/share/preview-image';
import { siteUrl } from '@/lib/site/config';
import { type Section, sections } from '@/lib/site/routes';

// One link-preview PNG per section and language, written into the export at build time.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => sections.map((section) => ({ locale, image: `${section}.png` })));
}

const fontFile = (weight: number) =>
  readFile(path.join(process.cwd(), `node_modules/@fontsource/geist-sans/files/geist-sans-latin-${weight}-normal.woff`));

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/og/[image]'>) {
  const { locale: requested, image } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const section = sections.find((candidate) => `${candidate}.png` === image) ?? 'home';
  const t = await getTranslations({ locale, namespace: 'PreviewImage' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const cards: Record<Section, { title: string; text: string }> = {
    home: { title: t('homeTitle'), text: t('homeText') },
    guides: { title: t('guidesTitle'), text: t('guidesText') },
    checker: { title: t('checkerTitle'), text: t('checkerText') },
    quiz: { title: t('quizTitle'), text: t('quizText') },
    apel: { title: t('apelTitle'), text: t('apelText') },
    sources: { title: t('sourcesTitle'), text: t('sourcesText') },
  };
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)]);
  return new ImageResponse(
    <PreviewImageCard siteName={site('name')} {...cards[section]} host={new URL(siteUrl).host} />,
    {
      ...previewImageSize,
      fonts: [
        { name: 'Geist', data: regular, weight: 400, style: 'normal' },
        { name: 'Geist', data: bold, weight: 700, style: 'normal' },
      ],
    },
  );
}
