import 'server-only';
import compile from 'icu-minify/compile';
import type { Message } from './format-message';

/**
 * Compiles one ICU message for an island (see format-message.ts). As plain JSON: the compiler's objects have no
 * prototype, which React refuses to pass to a client component.
 */
export const compileMessage = (text: string): Message => JSON.parse(JSON.stringify(compile(text)));

/**
 * A namespace of messages for an island: the texts with ICU arguments (`keys`) compiled, the others as they are.
 * A test keeps `keys` equal to the messages that have arguments.
 */
export function compileTemplates<T extends Record<string, unknown>, K extends keyof T & string>(messages: T, keys: readonly K[]) {
  const compiled = { ...messages } as Record<string, unknown>;
  for (const key of keys) compiled[key] = compileMessage(String(messages[key]));
  return compiled as Omit<T, K> & Record<K, Message>;
}
