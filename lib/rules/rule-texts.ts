import 'server-only';
import { getInstruments, getSanctions, getSourceHref, getSources, type Source } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { parseViolationId } from './citation-names';
import { checkerContent } from './index';
import { buildCheckerTexts, type CheckerCatalog, type CheckerTexts } from './view-model';

/** How a joint decree's violation type is named in one locale: `list` and `number` of `skb2022-d-6`. */
export type ViolationLabel = (list: '2020' | 'ethics' | 'discipline', number: number) => string;

/** "Kompas, 2023-10-02": the outlet (a name, or a description in the reader's language) and the date. */
export function sourceDisplayName(source: Pick<Source, 'outlet' | 'date'>, locale: string): string {
  return [localize(source.outlet, locale), source.date].filter(Boolean).join(', ');
}

/**
 * The texts of every checker result in one locale, as served to the page in rule-texts.json. `more` adds or
 * replaces names the route words with its translations (e.g. criminal provisions).
 */
export function checkerTextsFor(locale: string, violationLabel: ViolationLabel, more: Partial<CheckerCatalog> = {}): CheckerTexts {
  const instruments = new Map(getInstruments().map((instrument) => [instrument.id, instrument.short]));
  const sources = new Map(getSources().map((source) => [source.id, source]));
  return buildCheckerTexts(checkerContent(), locale, {
    sanctions: Object.fromEntries(getSanctions().map(({ code, name, summary }) => [code, { name, summary }])),
    instrumentName: (id) => instruments.get(id) ?? { id, en: id },
    violationName: (id) => {
      const parsed = parseViolationId(id);
      return parsed ? violationLabel(parsed.list, parsed.number) : id;
    },
    sourceName: (id) => {
      const source = sources.get(id);
      return source ? sourceDisplayName(source, locale) : id;
    },
    sourceHref: getSourceHref,
    ...more,
  });
}
