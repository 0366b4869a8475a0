import { memo, useState } from 'react';
import { liftAboveKeyboard } from '@/components/search/lift-above-keyboard';
import { useScenarioMatcher } from '@/components/search/scenario-engine';
import { type FactPair, type ScenarioView, serializeFragment } from '@/lib/rules/browser';

interface Props {
  /** Where the cases and the vocabulary of both languages are (search-data.json), loaded on first use. */
  dataUrl: string;
  labels: { searchLabel: string; searchHint: string; suggestionsTitle: string; suggestionsNone: string };
  /** Opens a suggested case; the checker carries the status the person already chose over to it. */
  onPick: (facts: FactPair[]) => void;
}

/** A free-text box that suggests matching scenarios, in Indonesian or English. */
export const ScenarioSearch = memo(function ScenarioSearch({ dataUrl, labels, onPick }: Props) {
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  // A fixed id (one per page), not useId(): React's server ids and the island runtime's differ.
  const id = 'scenario-search';
  const search = useScenarioMatcher<ScenarioView>(dataUrl, focused || text !== '');
  const matches = (search?.match(text) ?? [])
    .map((found) => search?.scenarios.find((scenario) => scenario.id === found))
    .filter((scenario) => scenario !== undefined);

  return (
    <search className="mt-6 block scroll-mt-2 rounded-xl border border-line bg-surface p-4 print:hidden">
      <label htmlFor={`${id}-input`} className="block text-lg font-bold">
        {labels.searchLabel}
      </label>
      <p id={`${id}-hint`} className="text-muted">
        {labels.searchHint}
      </p>
      <input
        id={`${id}-input`}
        type="search"
        autoComplete="off"
        maxLength={300}
        aria-describedby={`${id}-hint`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onFocus={(event) => {
          setFocused(true);
          const box = event.currentTarget.closest('search');
          if (box instanceof HTMLElement) liftAboveKeyboard(box);
        }}
        className="mt-2 block min-h-11 w-full rounded-lg border-2 border-line bg-canvas px-3 text-ink focus:border-brand"
      />
      <div aria-live="polite">
        {text.trim() !== '' &&
          search &&
          (matches.length ? (
            <>
              <h2 className="mt-3 font-semibold">{labels.suggestionsTitle}</h2>
              <ul className="mt-1 grid gap-1">
                {matches.map((scenario) => (
                  <li key={scenario.id}>
                    <a
                      className="link inline-block min-h-11 py-2"
                      href={serializeFragment(scenario.facts)}
                      onClick={(event) => {
                        event.preventDefault();
                        setText('');
                        onPick(scenario.facts);
                      }}
                    >
                      {scenario.title}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-3">{labels.suggestionsNone}</p>
          ))}
      </div>
    </search>
  );
});
