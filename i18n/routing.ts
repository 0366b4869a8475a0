import { defineRouting } from 'next-intl/routing';

/** The portal's two languages. Indonesian is the default; every path carries its locale prefix
 *  because a static export has no server to rewrite `/` by language. */
export const routing = defineRouting({
  locales: ['id', 'en'],
  defaultLocale: 'id',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
