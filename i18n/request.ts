import { hasLocale, IntlErrorCode } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: 'Asia/Jakarta',
    messages: (await import(`../messages/${locale}.json`)).default,
    // A missing or broken translation must stop the build, not show a raw key to a reader.
    onError(error) {
      throw new Error(`[${locale}] ${error.code}: ${error.message}`);
    },
    getMessageFallback({ key, namespace, error }) {
      if (error.code === IntlErrorCode.MISSING_MESSAGE) throw error;
      return [namespace, key].filter(Boolean).join('.');
    },
  };
});
