import type { CodeContext, CodeFacts } from '@/lib/apel/code-facts';
import { fingerprintText } from '@/lib/apel/completion-code';
import { fill, formatEventDate } from '@/lib/apel/format';

/** Texts that describe a completion code's fields, shared by the verify page and the tally. */
export interface CodeFactLabels {
  score: string;
  passed: string;
  notPassed: string;
  rounds: Record<CodeFacts['round'], string>;
  events: Record<CodeFacts['event'], string>;
  contents: Record<CodeFacts['content'], string>;
}

/** The server's settings the code is compared with (the event comes from the page's own link). */
export type CodeSettings = Omit<CodeContext, 'event'>;

export function describeEvent(facts: CodeFacts, event: number, labels: CodeFactLabels, eventName: string): string {
  return fill(labels.events[facts.event], { fingerprint: fingerprintText(event), event: eventName });
}

export function describeContent(facts: CodeFacts, codeVersion: string, siteVersion: string, locale: string, labels: CodeFactLabels): string {
  return fill(labels.contents[facts.content], { version: formatEventDate(codeVersion, locale, 'long'), site: formatEventDate(siteVersion, locale, 'long') });
}
