import { localePath, type Section, sectionPaths, sections } from '@/lib/site/routes';

/** Link previews are 1200×630: the size WhatsApp, Facebook and X crop least. */
export const previewImageSize = { width: 1200, height: 630 } as const;

/** The section a locale-free page path belongs to: `panduan/media-sosial` → `guides`. */
export function sectionOfPath(path: string): Section {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  return sections.find((section) => section !== 'home' && sectionPaths[section] === first) ?? 'home';
}

/** Where the build writes a section's preview image: `/id/og/guides.png`. */
export function previewImagePath(locale: string, section: Section): string {
  return `${localePath(locale, 'og')}${section}.png`;
}
