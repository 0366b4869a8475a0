import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, ['--conditions=react-server', 'scripts/scenario.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(path.join(tmpdir(), 'scenario-'));

// Each case starts a Node process with the TypeScript loader, which takes a few seconds on a busy machine.
describe('npm run scenario', { timeout: 30_000 }, () => {
  it('answers key=value arguments with JSON', () => {
    const result = run('actor=pns', 'activity=vote');
    expect(result.status).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.verdict).toBe('allowed');
    expect(answer.rules[0].id).toBe('vote-right');
  });

  it('answers a file of cases in order', () => {
    const file = path.join(dir, 'cases.json');
    writeFileSync(file, JSON.stringify([{ facts: { actor: 'polri', activity: 'vote', election: 'pemilu' } }, { facts: { actor: 'pns', colour: 'red' } }]));
    const result = run('--file', file);
    expect(result.status).toBe(0);
    const answers = JSON.parse(result.stdout);
    expect(answers.map((answer: { verdict: string }) => answer.verdict)).toEqual(['violation', 'incomplete']);
    expect(answers[1].unknown).toEqual([{ key: 'colour', value: 'red', reason: 'key' }]);
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['not an array', '{"facts": {}}', /must hold a JSON array/],
    ['an item without facts', '[{"fact": {}}]', /item 0 must be an object with a "facts" object/],
    ['a value that is not a string', '[{"facts": {"actor": 1}}]', /facts\.actor must be a string/],
  ])('rejects a malformed file (%s) with exit status 2', (_name, text, message) => {
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, text);
    const result = run('--file', file);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('rejects an argument that is not key=value with exit status 2', () => {
    const result = run('actor');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/expected key=value/);
  });
});
