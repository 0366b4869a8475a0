import { useTranslations } from 'next-intl';
import { checkerContent } from '@/lib/rules/index';
import { serializeFragment } from '@/lib/rules/query';
import { orderFacts } from '@/lib/rules/view-model';
import { localePath, sectionPaths } from '@/lib/site/routes';

/** The questions people ask most, each a link that opens the checker with the case of the gallery filled in. */
const examples = [
  { message: 'like', scenario: 'like-candidate-post' },
  { message: 'religious', scenario: 'religious-event-caleg-mic' },
  { message: 'photo', scenario: 'photo-admired-candidate' },
] as const;

export function HomeExamples({ locale }: { locale: string }) {
  const t = useTranslations('HomeExamples');
  const { scenarios, ruleSet } = checkerContent();
  const checker = localePath(locale, sectionPaths.checker);
  return (
    <section aria-labelledby="home-examples" className="mt-6">
      <h2 id="home-examples" className="text-lg font-bold">
        {t('title')}
      </h2>
      <ul className="mt-2 grid gap-1">
        {examples.map(({ message, scenario: id }) => {
          const scenario = scenarios.find((candidate) => candidate.id === id);
          if (!scenario) throw new Error(`HomeExamples: content/checker/scenarios.json has no scenario "${id}"`);
          return (
            <li key={id}>
              <a className="link inline-block min-h-11 py-2 text-lg" href={`${checker}${serializeFragment(orderFacts(scenario.facts, ruleSet.questions))}`}>
                {t(message)}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
