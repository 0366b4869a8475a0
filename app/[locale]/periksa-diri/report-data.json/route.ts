import { localeStaticParams, routeLocale } from '@/i18n/page-locale';
import { buildSelfCheckData, splitSelfCheckData } from '@/lib/selfcheck/view';

// What the self-check's report needs beyond the questions, one static JSON per locale, loaded once answering begins.
export const dynamic = 'force-static';

export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params);
  return Response.json(splitSelfCheckData(buildSelfCheckData(locale)).report);
}
