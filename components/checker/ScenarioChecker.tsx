'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type CheckerTexts, type CheckerView, casesWrittenFor, type FactPair, type Note, parseQuery, type RuleLogic, type RuleSet, scenarioFromLocation, prepareRules, scenarioEvaluator, serializeFragment, withActor } from '@/lib/rules/browser';
import { useJsonWhenIdle } from '@/components/islands/load-json';
import { whenIdle } from '@/components/islands/when-idle';
import { AnswerList } from './AnswerList';
import { CaseGallery } from './CaseGallery';
import { InputNotices } from './InputNotices';
import { QuestionStep } from './QuestionStep';
import { ResultCard } from './ResultCard';
import { ScenarioSearch } from './ScenarioSearch';

/** Tells the page's other islands (the language switch) that the address changed without a navigation. */
const announceAddress = () => window.dispatchEvent(new Event('asn:querychange'));

/**
 * The scenario checker. The URL fragment holds every answer (`#actor=pns&…`), which browsers never send to
 * the server: the page reads it on load, on back/forward and on a fragment link, and each answer pushes a new
 * history entry, so that a link reproduces the exact scenario. An old link with the answers in the query is
 * read once and its address replaced by the fragment.
 */
export function ScenarioChecker({ view }: { view: CheckerView }) {
  const ruleSet: RuleSet<RuleLogic, Note<string>> = useMemo(
    () => ({ questions: view.questions, rules: view.rules, notes: view.notes, substitutes: view.substitutes }),
    [view],
  );
  const [scenario, setScenario] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState(false);
  /** The status the person chose; it carries over to the gallery's cases and the suggestions. */
  const [actor, setActor] = useState<string | undefined>(undefined);
  /** The text of an old query link just read, until its address is replaced by the fragment. */
  const migrate = useRef<string | null>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const actors = useMemo(() => new Set(view.questions.find((question) => question.key === 'actor')?.options.map((option) => option.value)), [view]);

  useEffect(() => {
    const read = (first: boolean) => {
      const { text, migrate: fromQuery, anchor } = scenarioFromLocation(window.location);
      // A jump to a place on the page (the skip link) keeps the scenario on screen.
      if (anchor && !first) return;
      setScenario(text);
      setEditing(null);
      migrate.current = fromQuery ? text : null;
      if (first && text) {
        const chosen = parseQuery(text).find(([key, value]) => key === 'actor' && actors.has(value))?.[1];
        if (chosen) setActor(chosen);
        // Opened with a scenario: answer first, so the verdict (or the next question) takes the focus.
        setFocusAfter(true);
      }
    };
    read(true);
    const reread = () => read(false);
    window.addEventListener('popstate', reread);
    window.addEventListener('hashchange', reread);
    return () => {
      window.removeEventListener('popstate', reread);
      window.removeEventListener('hashchange', reread);
    };
  }, [actors]);

  const evaluate = useMemo(() => scenarioEvaluator(ruleSet), [ruleSet]);
  const result = useMemo(() => (scenario === '' ? view.initial : evaluate(scenario)), [evaluate, scenario, view.initial]);

  // The engine's first run prepares every rule: that would otherwise fall on a person's first answer. Do it while
  // the page is idle, with the answer most people give first (the first status). No Intl object is made: lists and
  // dates are written with patterns read at build time (lib/i18n/list-pattern.ts, day-pattern.ts).
  useEffect(() => {
    const first = view.questions.find((question) => question.key === 'actor')?.options[0]?.value;
    if (!first) return;
    // One small task each, so that none of them blocks the page for long on a slow phone.
    const cancels = [
      () => prepareRules(ruleSet),
      () => evaluate(serializeFragment([{ fact: 'actor', value: first }])),
    ].map((task) => whenIdle(task));
    return () => {
      for (const cancel of cancels) cancel();
    };
  }, [evaluate, ruleSet, view]);
  const fragment = serializeFragment(result.facts);

  // An old query link: once read, the answers move to the fragment, so they leave the address sent to servers.
  useEffect(() => {
    if (migrate.current === null || migrate.current !== scenario) return;
    migrate.current = null;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${fragment}`);
    announceAddress();
  }, [fragment, scenario]);

  // A printout shows the collapsed reference part too.
  useEffect(() => {
    const open = () => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-print-open]')) details.open = true;
    };
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  const navigate = (facts: FactPair[]) => {
    // Answers that no longer belong to the chosen activity are dropped, so the link stays clean.
    const clean = serializeFragment(evaluate(serializeFragment(facts)).facts);
    window.history.pushState(null, '', `${window.location.pathname}${clean}`);
    announceAddress();
    setScenario(clean);
    setEditing(null);
    setFocusAfter(true);
  };
  const answer = (fact: string, value: string) => {
    if (fact === 'actor') setActor(value);
    navigate([...result.facts.filter((pair) => pair.fact !== fact), { fact, value }]);
  };
  // One function for the page's life, so that the memoised gallery and search do not re-render on each answer.
  const pickNow = (facts: FactPair[]) => navigate(withActor(facts, actor));
  const latestPick = useRef(pickNow);
  latestPick.current = pickNow;
  const pick = useCallback((facts: FactPair[]) => latestPick.current(facts), []);

  const settled = result.verdict !== 'incomplete';

  // The result texts come on demand, once per page: the page itself carries only the rules' logic. They are asked
  // for after the first answer, when the page is next idle (so that reading them does not fall on an answer's
  // paint), and are usually there by the verdict.
  const texts = useJsonWhenIdle<CheckerTexts>(view.textsUrl, result.facts.length > 0);
  const key = editing ?? (settled ? result.sharpen[0] : result.missing[0]);
  const question = view.questions.find((candidate) => candidate.key === key);

  useEffect(() => {
    if (!focusAfter) return;
    setFocusAfter(false);
    const target = settled && !editing ? resultHeading.current : questionHeading.current;
    if (!target) return;
    target.focus({ preventScroll: true });
    // Brought to the top only when out of sight (after a gallery card far below), never nudged otherwise.
    const { top, bottom } = target.getBoundingClientRect();
    if (top < 0 || bottom > window.innerHeight) target.scrollIntoView({ block: 'start' });
  }, [focusAfter, settled, editing]);

  const { labels } = view;
  const galleryLabels = useMemo(
    () => ({ ...labels.gallery, verdicts: { allowed: labels.verdicts.allowed, violation: labels.verdicts.violation, caution: labels.verdicts.caution } }),
    [labels],
  );
  // Above the questions until the first answer, below them after: keyed, so that it moves instead of being rebuilt.
  const search = <ScenarioSearch key="search" dataUrl={view.searchUrl} labels={labels} onPick={pick} />;
  return (
    <div>
      {result.facts.length === 0 && search}
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
      {result.verdict !== 'incomplete' && <ResultCard verdict={result.verdict} result={result} view={view} texts={texts} fragment={fragment} headingRef={resultHeading} />}
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
      {result.facts.length > 0 && search}
      <CaseGallery
        cards={view.gallery}
        // The cases are written for a PNS: that status changes none of them, so the gallery need not re-render.
        actor={actor === casesWrittenFor ? undefined : actor}
        path={view.checkerPath}
        labels={galleryLabels}
        onPick={pick}
      />
    </div>
  );
}
