// ICU messages in islands, formatted the way the server formats them. The server compiles a message's ICU
// text once at build time (compile-messages.ts); the browser only formats the compiled form with icu-minify,
// the runtime next-intl itself uses for precompiled messages (under 1 KiB instead of a whole ICU parser).
import format, { type CompiledMessage } from 'icu-minify/format';
import { dateTimeFormat, numberFormat, pluralRules } from './intl-cache';

/** An ICU message compiled at build time: a plain string when it has no arguments. */
export type Message = CompiledMessage;
export type MessageValues = Record<string, string | number>;

const formatters = { getDateTimeFormat: dateTimeFormat, getNumberFormat: numberFormat, getPluralRules: pluralRules };

/** Fills a compiled message: `{name}`, plurals (`=1`, the locale's categories, `other`, `#`) and selects. */
export function formatMessage(message: Message, locale: string, values: object = {}): string {
  const result = format(message, locale, values as MessageValues, { formatters, timeZone: 'UTC' });
  return Array.isArray(result) ? result.join('') : String(result);
}
