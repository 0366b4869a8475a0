import type { MetadataRoute } from 'next';
import idMessages from '@/messages/id.json';
import { appIcons, iconPath } from '@/lib/pwa/app-icons';

export const dynamic = 'force-static';

/** Makes the portal installable. It starts at `/`, which opens the reader's language. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: idMessages.Site.name,
    short_name: idMessages.Site.name,
    description: idMessages.Site.description,
    lang: 'id',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b5394',
    icons: appIcons
      .filter((icon) => icon.purpose !== 'apple')
      .map((icon) => ({ src: iconPath(icon), sizes: `${icon.size}x${icon.size}`, type: 'image/png', purpose: icon.purpose === 'maskable' ? 'maskable' : 'any' })),
  };
}
