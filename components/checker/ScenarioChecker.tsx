'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { evaluateScenario } from '@/lib/rules/evaluate';
import { parseQuery, serializeQuery } from '@/lib/rules/query';
import type { FactPair, Note, RuleLogic, RuleSet } from '@/lib/rules/types';
import type { CheckerTexts, CheckerView } from '@/lib/rules/view-model';
import type { SearchVocabulary } from '@/lib/search/scenario-matcher';
import { AnswerList } from './AnswerList';
import { InputNotices } from './InputNotices';
import { QuestionStep } from './QuestionStep';
import { ResultCard } from './ResultCard';
import { ScenarioSearch } from './ScenarioSearch';

/**
 * The scenario checker. The URL query holds every answer: the page reads it on load and on back/forward,
 * and each answer pushes a new history entry, so that a link reproduces the exact scenario.
 */
export function ScenarioChecker({ view, vocabulary }: { view: CheckerView; vocabulary: SearchVocabulary }) {
  const ruleSet: RuleSet<RuleLogic, Note<string>> = useMemo(() => ({ questions: view.questions, rules: view.rules, notes: view.notes, substitutes: view.substitutes }), [view]);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState(false);
  const [texts, setTexts] = useState<CheckerTexts | null | undefined>(undefined);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const read = () => {
      setSearch(window.location.search);
      setEditing(null);
    };
    read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, []);

  const result = useMemo(
    () => (search === '' ? view.initial : evaluateScenario(ruleSet, parseQuery(search))),
    [ruleSet, search, view.initial],
  );
  const query = serializeQuery(result.facts);

  const navigate = (facts: FactPair[]) => {
    // Answers that no longer belong to the chosen activity are dropped, so the link stays clean.
    const clean = serializeQuery(evaluateScenario(ruleSet, facts.map(({ fact, value }) => [fact, value] as const)).facts);
    window.history.pushState(null, '', `${window.location.pathname}${clean}`);
    window.dispatchEvent(new Event('asn:querychange'));
    setSearch(clean);
    setEditing(null);
    setFocusAfter(true);
  };
  const answer = (fact: string, value: string) => navigate([...result.facts.filter((pair) => pair.fact !== fact), { fact, value }]);

  const settled = result.verdict !== 'incomplete';

  // The result texts come on demand, once per page: the page itself carries only the rules' logic.
  useEffect(() => {
    if (!settled || texts !== undefined) return;
    let live = true;
    fetch(view.textsUrl)
      .then((response) => (response.ok ? (response.json() as Promise<CheckerTexts>) : Promise.reject(new Error(String(response.status)))))
      .then(
        (loaded) => live && setTexts(loaded),
        () => live && setTexts(null),
      );
    return () => {
      live = false;
    };
  }, [settled, texts, view.textsUrl]);
  const key = editing ?? (settled ? result.sharpen[0] : result.missing[0]);
  const question = view.questions.find((candidate) => candidate.key === key);

  useEffect(() => {
    if (!focusAfter) return;
    setFocusAfter(false);
    (settled && !editing ? resultHeading.current : questionHeading.current)?.focus();
  }, [focusAfter, settled, editing]);

  const { labels } = view;
  return (
    <div>
      <ScenarioSearch
        scenarios={view.scenarios}
        vocabulary={vocabulary}
        labels={labels}
        onPick={navigate}
      />
      <InputNotices unknown={result.unknown} ignored={result.ignored} questions={view.questions} labels={labels} />
      {result.facts.length > 0 && (
        <AnswerList
          facts={result.facts}
          questions={view.questions}
          labels={labels}
          onChange={(fact) => {
            setEditing(fact);
            setFocusAfter(true);
          }}
          onRestart={() => navigate([])}
        />
      )}
      {editing && question && (
        <QuestionStep
          key={`edit-${question.key}`}
          question={question}
          current={result.facts.find((pair) => pair.fact === question.key)?.value}
          labels={labels}
          headingRef={questionHeading}
          onAnswer={(value) => answer(question.key, value)}
          onCancel={() => setEditing(null)}
        />
      )}
      {result.verdict !== 'incomplete' && <ResultCard verdict={result.verdict} result={result} view={view} texts={texts} query={query} headingRef={resultHeading} />}
      {!editing && question && (
        <QuestionStep
          key={question.key}
          question={question}
          optionalTitle={settled ? labels.optionalStep : undefined}
          labels={labels}
          headingRef={questionHeading}
          onAnswer={(value) => answer(question.key, value)}
        />
      )}
    </div>
  );
}
