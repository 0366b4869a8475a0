/**
 * The installable app's icons, drawn at build time. `any` icons keep the rounded tile of the site
 * logo; the `maskable` one and the Apple touch icon fill the square, because the system cuts its own shape.
 */
export const appIcons = [
  { file: 'icon-192.png', size: 192, purpose: 'any' },
  { file: 'icon-512.png', size: 512, purpose: 'any' },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable' },
  { file: 'apple-touch-icon.png', size: 180, purpose: 'apple' },
] as const;
export type AppIcon = (typeof appIcons)[number];

export const iconPath = (icon: AppIcon) => `/icons/${icon.file}`;
