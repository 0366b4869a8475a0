import { formatMessage, type Message } from '@/lib/i18n/format-message';
import type { CodeContext, CodeFacts } from '@/lib/apel/code-facts';
import { fingerprintText } from '@/lib/apel/completion-code';
import { formatEventDate } from '@/lib/apel/format';

/** Texts that describe a completion code's fields, shared by the verify page and the tally. */
export interface CodeFactLabels {
  score: Message;
  passed: Message;
  notPassed: Message;
  rounds: Record<CodeFacts['round'], Message>;
  events: Record<CodeFacts['event'], Message>;
  contents: Record<CodeFacts['content'], Message>;
}

/** The server's settings the code is compared with (the event comes from the page's own link). */
export type CodeSettings = Omit<CodeContext, 'event'>;

export function describeEvent(facts: CodeFacts, event: number, labels: CodeFactLabels, eventName: string, locale: string): string {
  return formatMessage(labels.events[facts.event], locale, { fingerprint: fingerprintText(event), event: eventName });
}

export function describeContent(facts: CodeFacts, codeVersion: string, siteVersion: string, locale: string, labels: CodeFactLabels): string {
  return formatMessage(labels.contents[facts.content], locale, { version: formatEventDate(codeVersion, locale, 'long'), site: formatEventDate(siteVersion, locale, 'long') });
}
