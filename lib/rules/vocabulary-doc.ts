/**
 * docs/scenario-vocabulary.md, written from the code's own vocabulary (./vocabulary), so that the published
 * contract cannot drift from what the checker accepts. `npm run docs:vocabulary` writes it;
 * lib/rules/vocabulary-doc.test.ts fails when the committed file differs.
 */
import { certainties, outcomes, sanctionCodes, scenarioVocabulary, verdicts, violationIdPattern } from './vocabulary';

export const vocabularyDocFile = 'docs/scenario-vocabulary.md';

const code = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ');

/** The whole document, as Markdown. */
export function vocabularyDocument(): string {
  const facts = Object.entries(scenarioVocabulary).map(([key, values]) => `| \`${key}\` | ${code(values)} |`);
  return [
    '# Scenario vocabulary',
    '',
    '<!-- Generated from lib/rules/vocabulary.ts by `npm run docs:vocabulary`; do not edit by hand. -->',
    '',
    'The scenario checker\'s public vocabulary: a contract that never renames a key or a value. The same facts are',
    'spoken by the checker\'s address (`/id/cek/#actor=pns&activity=vote`, in the fragment, so the facts never reach',
    'a server), the command line (`npm run --silent scenario -- actor=pns activity=vote`), the golden cases',
    '(`content/checker/golden-cases.json`), the quiz\'s "allowed or not?" questions (`facts` in `content/quiz/*.json`)',
    'and the self-check (`content/selfcheck/questions.json`). The build stops when the checker\'s questions',
    '(`content/checker/questions.json`, which hold the wording of each fact and value in both languages) and this',
    'list disagree.',
    '',
    '## Facts',
    '',
    '`actor` and `activity` are required; the checker asks for the other facts only when the rules need them.',
    '',
    '| fact | values |',
    '|---|---|',
    ...facts,
    '',
    '## Answers',
    '',
    `- Verdicts, strongest first: ${code(verdicts)}. The checker's outcome is a verdict or \`${outcomes.at(-1)}\` while a fact it needs is missing.`,
    `- Sanction codes (\`content/sanctions.json\`), mildest first: ${code(sanctionCodes)}.`,
    `- Certainty of a legal fact or citation: ${code(certainties)}. Anything but \`verified\` is flagged to the reader;`,
    '  the sources behind each fact are in `content/sources.json` and `content/instruments.json`.',
    `- Violation types of the joint decrees (\`content/violations.json\`): ids matching \`${violationIdPattern.source}\`.`,
    '',
  ].join('\n');
}
