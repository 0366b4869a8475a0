import type { Ref } from 'react';
import { useAfterPaint } from '@/components/islands/use-after-paint';
import { type CheckerTexts, type CheckerView, type Evaluation, type Note, type RuleLogic, ruleViews, splitNotes, type Verdict } from '@/lib/rules/browser';
import { ResultDetails } from './ResultDetails';
import { ResultNextSteps } from './ResultNextSteps';
import { ResultSanction } from './ResultSanction';
import { ResultWhy } from './ResultWhy';
import { ShareActions } from './ShareActions';
import { VerdictIcon, verdictTone } from './VerdictIcon';
import { ResultFollowUp } from './ResultFollowUp';
import { RuleDates } from './RuleDates';

interface Props {
  verdict: Verdict;
  result: Evaluation<RuleLogic, Note<string>>;
  view: CheckerView;
  /** The result texts; undefined while they load, null if they could not be loaded. */
  texts: CheckerTexts | null | undefined;
  /** The scenario's fragment (`#actor=pns&…`), for the share link. */
  fragment: string;
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The answer, in the order people act: the verdict and one sentence; what to do now (and if it is already
 * done); why; one sanction line for the person's status; then, collapsed, the legal basis, sources and where
 * to report. Each part is its own component, so that further parts slot in between. When a verdict first
 * appears, the verdict and what to do now come in the frame that answers the tap; the rest follows a frame later.
 */
export function ResultCard({ verdict, result, view, texts, fragment, headingRef }: Props) {
  const { labels } = view;
  const rules = ruleViews(result, texts);
  const notes = splitNotes(result.notes);
  const complete = useAfterPaint();

  return (
    <section aria-labelledby="result-title" className="mt-4 overflow-hidden rounded-xl border-2 border-line bg-canvas print:border-black">
      <div className={`border-b-2 p-4 sm:p-5 ${verdictTone[verdict]}`}>
        <h2 id="result-title" ref={headingRef} tabIndex={-1} className="flex items-center gap-3 text-2xl font-bold focus:outline-none">
          <VerdictIcon verdict={verdict} />
          {labels.verdicts[verdict]}
        </h2>
        <p className="mt-1 font-semibold">{labels.verdictLeads[verdict]}</p>
      </div>
      <div className="grid gap-5 p-4 sm:p-5">
        {result.uncovered && <p>{labels.uncovered}</p>}
        {texts === undefined && <p role="status">{labels.loadingDetails}</p>}
        {texts === null && <p role="alert">{labels.detailsFailed}</p>}
        <ResultNextSteps rules={rules} labels={labels.result} />
        {complete && (
          <>
            <ResultWhy
              rules={rules}
              pending={result.rules.some((hit) => hit.pending)}
              labels={labels}
              after={(rule) =>
                rule.text &&
                texts &&
                labels.ruleDates && (
                  <RuleDates
                    text={rule.text}
                    penaltyIds={rule.penalties}
                    penalties={texts.penalties}
                    labels={labels.ruleDates}
                  />
                )
              }
            />
            {verdict !== 'allowed' && (
              <ResultSanction
                verdict={verdict}
                sanctions={result.sanctions}
                possible={result.possibleSanctions}
                facts={result.facts}
                statusNotes={notes.status}
                view={view}
                texts={texts}
              />
            )}
            <ResultDetails verdict={verdict} rules={rules} result={result} notes={notes.other} view={view} texts={texts} />
            <ShareActions fragment={fragment} verdictText={labels.verdicts[verdict]} title={rules[0]?.text?.title ?? ''} labels={labels} />
            <ResultFollowUp actor={result.facts.find((pair) => pair.fact === 'actor')?.value} view={view} title={rules[0]?.text?.title ?? labels.verdicts[verdict]} />
          </>
        )}
      </div>
    </section>
  );
}
