import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { instrumentShortName, parseViolationId } from '@/lib/rules/citation-names';
import { checkerContent } from '@/lib/rules/index';
import { buildCheckerTexts } from '@/lib/rules/view-model';

// The texts of the checker's results, one static JSON per locale, loaded by the page when it first shows a result.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale: routing.locales.find((known) => known === locale) ?? routing.defaultLocale, namespace: 'ScenarioChecker' });
  const texts = buildCheckerTexts(checkerContent(), locale, {
    sanctions: {},
    instrumentName: (id) => ({ id: instrumentShortName(id), en: instrumentShortName(id) }),
    violationName: (id) => {
      const parsed = parseViolationId(id);
      if (!parsed) return id;
      const values = { number: parsed.number };
      return parsed.list === '2020' ? t('violation2020', values) : parsed.list === 'ethics' ? t('violationEthics', values) : t('violationDiscipline', values);
    },
  });
  return Response.json(texts);
}
