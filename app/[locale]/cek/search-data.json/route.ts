import { localeStaticParams, routeLocale } from '@/i18n/page-locale';
import { checkerContent } from '@/lib/rules/index';
import { scenarioViews } from '@/lib/rules/view-model';
import { loadSearchVocabulary } from '@/lib/search/vocabulary';

// The checker's free-text box data, one static JSON per locale: its cases and the vocabulary of both languages.
// Loaded when a reader starts to type (most visits come from a shared link and never do); precached for offline use.
export const dynamic = 'force-static';

export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const locale = await routeLocale(params);
  return Response.json({ scenarios: scenarioViews(checkerContent(), locale), vocabulary: loadSearchVocabulary() });
}
