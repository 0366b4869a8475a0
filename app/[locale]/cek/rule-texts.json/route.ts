import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { getInstruments, getPenalty, getSanctions, getSources } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localized';
import { parseViolationId } from '@/lib/rules/citation-names';
import { checkerContent } from '@/lib/rules/index';
import { buildCheckerTexts } from '@/lib/rules/view-model';

// The texts of the checker's results, one static JSON per locale, loaded by the page when it first shows a result.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  const locale = routing.locales.find((known) => known === requested) ?? routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'ScenarioChecker' });
  const instruments = new Map(getInstruments().map((instrument) => [instrument.id, instrument.short]));
  const sources = new Map(getSources().map((source) => [source.id, source]));
  const tp = await getTranslations({ locale, namespace: 'Penalty' });
  const day = (date: string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  const short = (id: string) => localize(instruments.get(id) ?? { id, en: id }, locale);
  const texts = buildCheckerTexts(checkerContent(), locale, {
    sanctions: Object.fromEntries(getSanctions().map(({ code, name, summary }) => [code, { name, summary }])),
    instrumentName: (id) => instruments.get(id) ?? { id, en: id },
    violationName: (id) => {
      const parsed = parseViolationId(id);
      if (!parsed) return id;
      const values = { number: parsed.number };
      return parsed.list === '2020' ? t('violation2020', values) : parsed.list === 'ethics' ? t('violationEthics', values) : t('violationDiscipline', values);
    },
    sourceName: (id) => {
      const source = sources.get(id);
      return source ? [source.outlet ?? source.title ?? id, source.date].filter(Boolean).join(', ') : id;
    },
    penaltyText: (id) => {
      const { instrument, article, current, history } = getPenalty(id);
      return {
        name: `${short(instrument)} ${localize(article, locale)}`,
        now: `${tp('adjusted', { instrument: short(current.adjustedBy), date: day(current.since) })} ${current.figures ? tp('figures', { figures: localize(current.figures, locale) }) : tp('figuresUnconfirmed')}`,
        history: history.map((past) => tp('until', { date: day(past.until), penalty: localize(past.penalty, locale) })),
      };
    },
  });
  return Response.json(texts);
}
