import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { checkerTextsFor } from '@/lib/rules/rule-texts';

// The texts of the checker's results, one static JSON per locale, loaded by the page when it first shows a result.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const requested = (await params).locale;
  const locale = routing.locales.find((known) => known === requested) ?? routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: 'ScenarioChecker' });
  const keys = { '2020': 'violation2020', ethics: 'violationEthics', discipline: 'violationDiscipline' } as const;
  return Response.json(checkerTextsFor(locale, (list, number) => t(keys[list], { number })));
}
