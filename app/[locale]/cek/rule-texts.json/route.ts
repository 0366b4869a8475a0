import { getTranslations } from 'next-intl/server';
import { localeStaticParams, routeLocale } from '@/i18n/page-locale';
import { getInstruments, getPenalty } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { checkerTextsFor } from '@/lib/rules/rule-texts';

// The texts of the checker's results, one static JSON per locale, loaded by the page when it first shows a result.
export const dynamic = 'force-static';

export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params);
  const t = await getTranslations({ locale, namespace: 'ScenarioChecker' });
  const tp = await getTranslations({ locale, namespace: 'Penalty' });
  const keys = { '2020': 'violation2020', ethics: 'violationEthics', discipline: 'violationDiscipline' } as const;
  const instruments = new Map(getInstruments().map((instrument) => [instrument.id, instrument.short]));
  const short = (id: string) => localize(instruments.get(id) ?? { id, en: id }, locale);
  const day = (date: string) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return Response.json(
    checkerTextsFor(locale, (list, number) => t(keys[list], { number }), {
      // Each criminal provision as it stands today, with the old penalties only as history (content/penalties.json).
      penaltyText: (id) => {
        const { instrument, article, current, history } = getPenalty(id);
        return {
          name: `${short(instrument)} ${localize(article, locale)}`,
          now: `${tp('adjusted', { instrument: short(current.adjustedBy), date: day(current.since) })} ${current.figures ? tp('figures', { figures: localize(current.figures, locale) }) : tp('figuresUnconfirmed')}`,
          history: history.map((past) => tp('until', { date: day(past.until), penalty: localize(past.penalty, locale) })),
        };
      },
    }),
  );
}
