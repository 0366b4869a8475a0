// `npm run bench:checker`: how fast the checker answers and what it ships to a phone.
// Prints the median time of one evaluation over the golden cases (Node), the worst of every partial scenario a
// reader can reach, and gzip sizes: the engine and the data the page carries (rule logic, questions, scenarios,
// labels), all of the page's JavaScript (from out/), and the result texts loaded on demand.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import { evaluateScenario } from '../lib/rules/evaluate';
import { checkerContent, loadGoldenCases } from '../lib/rules/index';
import { buildCheckerView, type CheckerLabels } from '../lib/rules/view-model';

const gzipKiB = (data: string | Buffer) => gzipSync(data, { level: 9 }).length / 1024;
const content = checkerContent();
const cases = loadGoldenCases();

// Warm up, then time each golden case many times and take the median of the per-case medians.
for (const golden of cases) evaluateScenario(content.ruleSet, golden.facts);
const medians = cases.map((golden) => {
  const times: number[] = [];
  for (let run = 0; run < 25; run += 1) {
    const start = performance.now();
    evaluateScenario(content.ruleSet, golden.facts);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[12] as number;
});
const sorted = [...medians].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] as number;
const worst = sorted.at(-1) as number;
console.log(`Evaluation time over ${cases.length} golden cases: median ${median.toFixed(3)} ms, slowest case ${worst.toFixed(3)} ms (budget: median < 1 ms)`);

// Every partial scenario a reader can reach by answering the next question (and the optional sharpening ones),
// each timed as the median of 9 runs: the worst of them is what a reader waits for after an answer.
const optionsOf = (key: string) => content.ruleSet.questions.find((question) => question.key === key)?.options.map((o) => o.value) ?? [];
const seen = new Set<string>();
const queue: Record<string, string>[] = [{}];
let slowest = { ms: 0, facts: '{}' };
while (queue.length) {
  const facts = queue.pop() as Record<string, string>;
  const key = JSON.stringify(facts);
  if (seen.has(key)) continue;
  seen.add(key);
  const result = evaluateScenario(content.ruleSet, facts);
  const times: number[] = [];
  for (let run = 0; run < 9; run += 1) {
    const start = performance.now();
    evaluateScenario(content.ruleSet, facts);
    times.push(performance.now() - start);
  }
  const ms = times.sort((a, b) => a - b)[4] as number;
  if (ms > slowest.ms) slowest = { ms, facts: key };
  const next = result.verdict === 'incomplete' ? result.missing[0] : result.sharpen[0];
  if (next) for (const value of optionsOf(next)) queue.push({ ...facts, [next]: value });
}
console.log(`Worst reachable partial scenario (${seen.size} scenarios, median of 9 runs each): ${slowest.ms.toFixed(3)} ms for ${slowest.facts} (budget: 1 ms)`);

// The page data, built as the page builds it (labels are placeholders of typical length).
const labels = new Proxy({}, { get: () => 'Label text of typical length' }) as unknown as CheckerLabels;
let pageData = 0;
for (const locale of ['id', 'en']) {
  const view = buildCheckerView(content, locale, { ...labels, verdicts: { allowed: 'x', violation: 'x', caution: 'x', incomplete: 'x' } }, { checker: '/id/cek/', sources: '/id/sumber/', texts: '/id/cek/rule-texts.json', search: '/id/cek/search-data.json' });
  pageData = Math.max(pageData, gzipKiB(JSON.stringify(view)));
}

// The engine as the browser gets it: evaluate, query and the evaluator, minified (the island bundle holds it).
const engine = buildSync({
  stdin: { contents: "export * from './lib/rules/evaluate'; export * from './lib/rules/query'; export * from './lib/rules/evaluator';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const engineJs = gzipKiB(Buffer.from(engine.outputFiles[0]?.contents ?? []));

let pageJs = 0;
let texts = 0;
const page = (name: string) => readFileSync(path.join('out', name, 'index.html'), 'utf8');
if (existsSync('out/id/cek/index.html')) {
  // The page's scripts and the chunks it preloads for them (scripts/build-islands.ts writes both).
  const scripts = (html: string) => new Set([...html.matchAll(/(?:src|href)="(\/_scripts\/[^"]+\.js)"/g)].map((match) => match[1] as string));
  for (const src of scripts(page('id/cek'))) pageJs += gzipKiB(readFileSync(path.join('out', src)));
  texts = Math.max(gzipKiB(readFileSync('out/id/cek/rule-texts.json')), gzipKiB(readFileSync('out/en/cek/rule-texts.json')));
} else console.log('(no out/: run `npm run build` for the page and texts figures)');

const shipped = engineJs + pageData;
console.log(`Rule engine (evaluate, query, evaluator), minified: ${engineJs.toFixed(1)} KiB gzip`);
console.log(`Page data (rule logic, questions, scenarios, labels): ${pageData.toFixed(1)} KiB gzip`);
console.log(`Engine and data: ${shipped.toFixed(1)} KiB gzip (budget: 15 kB = 14.6 KiB)`);
if (pageJs) console.log(`All JavaScript of the checker page, runtime and UI included: ${pageJs.toFixed(1)} KiB gzip (budget in performance-budgets.json)`);
console.log(`Result texts, loaded once when the first answer is shown: ${texts.toFixed(1)} KiB gzip`);
if (median >= 1 || slowest.ms >= 1 || shipped > 14.6) process.exitCode = 1;
