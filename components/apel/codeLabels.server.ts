import { compileMessage } from '@/lib/i18n/compile-messages';
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
    score: compileMessage(t.raw('score')),
    passed: compileMessage(t.raw('passed')),
    notPassed: compileMessage(t.raw('notPassed')),
    rounds: { short: compileMessage(t.raw('rounds.short')), full: compileMessage(t.raw('rounds.full')), other: compileMessage(t.raw('rounds.other')) },
    events: { none: compileMessage(t.raw('events.none')), match: compileMessage(t.raw('events.match')), other: compileMessage(t.raw('events.other')), unknown: compileMessage(t.raw('events.unknown')) },
    contents: { same: compileMessage(t.raw('contents.same')), older: compileMessage(t.raw('contents.older')), newer: compileMessage(t.raw('contents.newer')) },
  };
}
