import { quizQuestionsFor } from '@/components/quiz/quiz-bank.server';
import { localeStaticParams, routeLocale } from '@/i18n/page-locale';

// The quiz's question bank, one static JSON per locale: the page loads it once it is live; precached for offline use.
export const dynamic = 'force-static';

export const generateStaticParams = localeStaticParams;

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return Response.json(await quizQuestionsFor(await routeLocale(params)));
}
