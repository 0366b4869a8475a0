import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { roundSizes } from '@/lib/quiz/draw';
import { passPercent } from '@/lib/quiz/score';
import { getContentLastChecked } from '@/lib/changes/load';
import type { CodeFactLabels, CodeSettings } from './code-labels';

/** What codes are compared with: this build's content version and the quiz's pass mark and round sizes. */
export const codeSettings: CodeSettings = { contentVersion: getContentLastChecked(), passPercent, roundSizes };

/** The code facts' texts, and the code field's label and hint from `namespace` (the verify page's or the tally's). */
export async function codeFormLabels(locale: Locale, namespace: 'ApelVerify' | 'ApelTally'): Promise<CodeFactLabels & { input: string; inputHint: string }> {
  const t = await getTranslations({ locale, namespace: 'ApelCodeFacts' });
  const form = await getTranslations({ locale, namespace });
  return {
    input: form('input'),
    inputHint: form('inputHint'),
    score: t.raw('score'),
    passed: t.raw('passed'),
    notPassed: t.raw('notPassed'),
    rounds: { short: t.raw('rounds.short'), full: t.raw('rounds.full'), other: t.raw('rounds.other') },
    events: { none: t.raw('events.none'), match: t.raw('events.match'), other: t.raw('events.other'), unknown: t.raw('events.unknown') },
    contents: { same: t.raw('contents.same'), older: t.raw('contents.older'), newer: t.raw('contents.newer') },
  };
}
