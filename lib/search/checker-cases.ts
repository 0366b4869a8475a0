import { localizeDeep } from '@/lib/content/localize';
import type { CheckerContent } from '@/lib/rules/load';
import { serializeFragment } from '@/lib/rules/query';
import { orderFacts } from '@/lib/rules/view-model';
import { localePath, sectionPaths } from '@/lib/site/routes';
import type { MatchTarget } from './scenario-matcher';

/** A checker case as the site search page offers it: matched like the checker's box, opened as a link. */
export interface CheckerCase extends MatchTarget {
  summary: string;
  /** The checker with the case filled in. */
  href: string;
}

/** Every scenario of the checker as a case for the site search page, in one locale (keywords of both). */
export function checkerCases(content: CheckerContent, locale: string): CheckerCase[] {
  const checker = localePath(locale, sectionPaths.checker);
  return content.scenarios.map((scenario) => ({
    id: scenario.id,
    title: localizeDeep(scenario.title, locale),
    summary: localizeDeep(scenario.summary, locale),
    keywords: [...scenario.keywords.id, ...scenario.keywords.en],
    href: `${checker}${serializeFragment(orderFacts(scenario.facts, content.ruleSet.questions))}`,
  }));
}
