// `npm run --silent scenario -- actor=pns activity=vote` prints the checker's answer as JSON.
// `npm run --silent scenario -- --file cases.json` reads an array of {"facts": {...}} and prints an array
// of answers in the same order. A malformed file or argument exits with status 2 and a message on stderr.
import { readFileSync } from 'node:fs';
import { evaluate } from '../lib/rules/index';

function fail(message: string): never {
  console.error(`scenario: ${message}`);
  process.exit(2);
}

function readCases(file: string): unknown[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    fail(`cannot read ${file}: ${error instanceof Error ? error.message : error}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`${file} is not valid JSON: ${error instanceof Error ? error.message : error}`);
  }
  if (!Array.isArray(data)) fail(`${file} must hold a JSON array of {"facts": {...}} objects`);
  return data.map((item, index) => {
    const facts = (item as { facts?: unknown } | null)?.facts;
    if (typeof item !== 'object' || item === null || typeof facts !== 'object' || facts === null || Array.isArray(facts))
      fail(`${file}: item ${index} must be an object with a "facts" object`);
    for (const [key, value] of Object.entries(facts))
      if (typeof value !== 'string') fail(`${file}: item ${index}: facts.${key} must be a string`);
    return facts;
  });
}

const args = process.argv.slice(2);
const fileFlag = args.indexOf('--file');
if (fileFlag > -1) {
  const file = args[fileFlag + 1];
  if (!file) fail('--file needs a path');
  const results = readCases(file).map((facts) => evaluate(facts as Record<string, string>));
  console.log(JSON.stringify(results, null, 2));
} else {
  const entries: [string, string][] = [];
  for (const arg of args) {
    const at = arg.indexOf('=');
    if (at < 1) fail(`expected key=value, got "${arg}" (e.g. actor=pns activity=vote)`);
    entries.push([arg.slice(0, at), arg.slice(at + 1)]);
  }
  console.log(JSON.stringify(evaluate(entries), null, 2));
}
