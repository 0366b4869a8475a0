import { useTranslations } from 'next-intl';
import { checkerContent, evaluate } from '@/lib/rules/index';
import { localizeDeep } from '@/lib/rules/localize';
import { serializeQuery } from '@/lib/rules/query';
import { orderFacts } from '@/lib/rules/view-model';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { VerdictIcon, verdictTone } from './VerdictIcon';

/**
 * The concrete cases of the source articles as cards that open the checker already filled in. The short
 * answer is printed on each card at build time, so it reads without JavaScript too.
 */
export function CaseGallery({ locale }: { locale: string }) {
  const t = useTranslations('CaseGallery');
  const v = useTranslations('ScenarioChecker');
  const { scenarios, ruleSet } = checkerContent();
  const verdictWords = { allowed: v('verdictAllowed'), violation: v('verdictViolation'), caution: v('verdictCaution'), incomplete: t('needsAnswers') };
  const base = localePath(locale, sectionPaths.checker);

  return (
    <section aria-labelledby="gallery-title" className="mt-12 print:hidden">
      <h2 id="gallery-title" className="text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-2 max-w-prose text-muted">{t('intro')}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {scenarios
          .filter((scenario) => scenario.gallery)
          .map((scenario) => {
            const { verdict } = evaluate(scenario.facts);
            const title = localizeDeep(scenario.title, locale);
            return (
              <li key={scenario.id}>
                <a
                  href={`${base}${serializeQuery(orderFacts(scenario.facts, ruleSet.questions))}`}
                  className="flex h-full flex-col gap-2 rounded-xl border border-line bg-surface p-4 no-underline hover:border-brand"
                >
                  <span className="font-bold text-brand underline underline-offset-4">{title}</span>
                  <span className="text-ink">{localizeDeep(scenario.summary, locale)}</span>
                  <span className={`mt-auto inline-flex w-fit items-center gap-2 rounded-full border px-3 py-1 text-sm font-semibold ${verdictTone[verdict]}`}>
                    <VerdictIcon verdict={verdict} className="size-4" />
                    {verdictWords[verdict]}
                  </span>
                </a>
              </li>
            );
          })}
      </ul>
    </section>
  );
}
