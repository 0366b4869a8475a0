import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Content, checkContent, content, readContent } from './load';

/** A copy of the real content with one reference broken by `edit`, and the problems the check finds in it. */
function problemsAfter(edit: (copy: Content) => void): string[] {
  const copy = structuredClone(content());
  edit(copy);
  return checkContent(copy);
}

/** `list[index]`, or a failed test if the real content has no such entry. */
function at<T>(list: T[], index = 0): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no entry ${index}`);
  return item;
}

describe('the real content', () => {
  it('passes every cross-reference check', () => {
    expect(checkContent(content())).toEqual([]);
  });
});

// One broken fixture per kind of reference: each must stop the build with `file: field.path: message`.
describe('a broken reference is reported with its file and field path', () => {
  it('rule → instrument', () => {
    const problems = problemsAfter((copy) => {
      at(at(copy.checker.ruleSet.rules).legalBasis).instrument = 'uu-9-2099';
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/rules\/[a-z-]+\.json: rules\[0\]\.legalBasis\[0\]: unknown instrument "uu-9-2099"$/)]);
  });

  it('rule → source, violation type, penalty and report channel', () => {
    const problems = problemsAfter((copy) => {
      const rule = at(copy.checker.ruleSet.rules);
      rule.sources = ['no-such-article'];
      rule.violations = ['skb2020-16', 'skb2022-d-13'];
      copy.catalog.violations = copy.catalog.violations.filter((violation) => violation.id !== 'skb2022-d-13');
      rule.penalties = ['uu-7-2017-pasal-999'];
      rule.report = ['no-such-channel'];
    });
    const text = problems.join('\n');
    expect(text).toMatch(/rules\[0\]\.sources\[0\]: unknown source "no-such-article"/);
    expect(text).toMatch(/rules\[0\]\.violations\[1\]: unknown violation type "skb2022-d-13"/);
    expect(text).toMatch(/rules\[0\]\.penalties\[0\]: unknown criminal penalty .*"uu-7-2017-pasal-999"/);
    expect(text).toMatch(/rules\[0\]\.report\[0\]: unknown report channel "no-such-channel"/);
  });

  it('rule condition → checker fact and value', () => {
    const problems = problemsAfter((copy) => {
      at(copy.checker.ruleSet.rules).when = { all: [{ fact: 'mood', operator: 'equal', value: 'happy' }, { fact: 'actor', operator: 'in', value: ['pns', 'robot'] }] };
    });
    // (The quiz questions this rule answered now disagree with the checker too: checked below.)
    expect(problems.filter((line) => line.startsWith('content/rules/'))).toEqual([
      expect.stringMatching(/: rules\[0\]\.when\.all\[0\]\.fact: unknown fact "mood"$/),
      expect.stringMatching(/: rules\[0\]\.when\.all\[1\]\.value: "robot" is not a value of "actor"$/),
    ]);
  });

  it('note → sanction, and gallery scenario → source and fact value', () => {
    const problems = problemsAfter((copy) => {
      at(copy.checker.ruleSet.notes).ifSanctions = ['banishment' as never];
      const scenario = at(copy.checker.scenarios);
      scenario.sources = ['no-such-article'];
      scenario.facts = { ...scenario.facts, actor: 'robot' };
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/checker/notes.json: [0].ifSanctions[0]: unknown sanction "banishment"',
        'content/checker/scenarios.json: [0].sources[0]: unknown source "no-such-article"',
        'content/checker/scenarios.json: [0].facts.actor: "robot" is not a known fact value',
      ]),
    );
  });

  it('checker questions → the published scenario vocabulary', () => {
    const problems = problemsAfter((copy) => {
      const actor = copy.checker.ruleSet.questions.find((question) => question.key === 'actor');
      actor?.options.push({ value: 'robot', label: { id: 'Robot', en: 'Robot' } });
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/checker\/questions\.json: questions\[\d+\]\.options\[\d+\]\.value: "robot" is not in the scenario vocabulary of "actor"/)]);
  });

  it('violation type → source and guide anchor; sanction → instrument', () => {
    const problems = problemsAfter((copy) => {
      at(copy.catalog.violations).sources = ['no-such-article'];
      at(copy.catalog.violations).explainedIn = { guide: 'larangan', anchor: 'no-such-heading' };
      at(at(copy.catalog.sanctions).basis).instrument = 'pp-99-2099';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/violations.json: [0].sources[0]: unknown source "no-such-article" (not in content/sources.json)',
        'content/violations.json: [0].explainedIn.anchor: no heading "#no-such-heading" in content/guides/larangan/id.mdx',
        'content/sanctions.json: [0].basis[0].instrument: unknown instrument "pp-99-2099" (not in content/instruments.json)',
      ]),
    );
  });

  it('criminal penalty → guide anchor', () => {
    const problems = problemsAfter((copy) => {
      at(copy.penalties).explainedIn = { guide: 'sanksi', anchor: 'no-such-heading' };
    });
    expect(problems).toEqual(['content/penalties.json: [0].explainedIn: no heading "#no-such-heading" in guide "sanksi" in every language']);
  });

  it('quiz question → guide, anchor, instrument, source and penalty', () => {
    const problems = problemsAfter((copy) => {
      const question = at(at(copy.quizFiles).questions);
      question.guide = { slug: question.guide.slug, anchor: 'no-such-heading' };
      at(question.legalBasis).instrument = 'uu-9-2099';
      question.sources = ['no-such-article'];
      question.penalties = ['uu-7-2017-pasal-999'];
      at(at(copy.quizFiles, 1).questions).guide = { slug: 'no-such-guide' };
    });
    const file = content().quizFiles[0]?.file;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${file}: \\[0\\]\\.guide\\.anchor: "#no-such-heading" is not a heading id`)),
        `${file}: [0].legalBasis[0].instrument: unknown instrument "uu-9-2099"`,
        `${file}: [0].sources[0]: unknown source "no-such-article"`,
        `${file}: [0].penalties[0]: unknown penalty "uu-7-2017-pasal-999"`,
        `${content().quizFiles[1]?.file}: [0].guide.slug: "no-such-guide" is not a guide`,
      ]),
    );
  });

  it('quiz scenario → the checker\'s verdict for its facts', () => {
    let where = '';
    const problems = problemsAfter((copy) => {
      for (const file of copy.quizFiles) {
        const index = file.questions.findIndex((question) => question.kind === 'scenario' && question.answer === 'violation');
        const question = file.questions[index];
        if (question?.kind !== 'scenario') continue;
        question.answer = 'allowed';
        where = `${file.file}: [${index}].answer`;
        return;
      }
    });
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${where.replace(/[[\]]/g, '\\$&')}: "allowed", but the checker answers "violation" for these facts \\(rules: [a-z-]+`))]);
  });

  it('quiz topics → guides: every guide has its bank file', () => {
    const problems = problemsAfter((copy) => {
      copy.quizFiles = copy.quizFiles.filter((file) => file.topic !== 'sanksi');
    });
    expect(problems).toEqual(['content/quiz/sanksi.json: (file): missing: every guide is a quiz topic']);
  });

  it('self-check question → checker fact', () => {
    const problems = problemsAfter((copy) => {
      const area = copy.selfCheck.questions.find((question) => question.kind === 'area');
      if (area?.kind === 'area') area.facts = { ...area.facts, activity: 'juggling' };
    });
    expect(problems).toEqual([expect.stringMatching(/^content\/selfcheck\/questions\.json: questions\[\d+\]\.facts\.activity: "juggling" is not a value of "activity"$/)]);
  });

  it('report channel → source; pressure help → channel and instrument', () => {
    const problems = problemsAfter((copy) => {
      at(copy.checker.channels).sources = ['no-such-article'];
      copy.pressure.helpers = ['no-such-channel'];
      at(at(copy.pressure.protections).basis).instrument = 'uu-9-2099';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/checker/report-channels.json: [0].sources[0]: unknown source "no-such-article"',
        'content/report/pressure.json: helpers[0]: unknown report channel "no-such-channel"',
        'content/report/pressure.json: protections[0].basis[0].instrument: unknown instrument "uu-9-2099"',
      ]),
    );
  });

  it('dated change → rule and guide', () => {
    const problems = problemsAfter((copy) => {
      at(copy.changes).rules = ['no-such-rule'];
      at(copy.changes).guides = ['no-such-guide'];
    });
    expect(problems).toEqual([
      'content/changes.json: [0].guides[0]: unknown guide "no-such-guide" (not in content/guides/)',
      'content/changes.json: [0].rules[0]: unknown rule "no-such-rule" (not in content/rules/)',
    ]);
  });

  it('assembly script → source; slides → key points', () => {
    const problems = problemsAfter((copy) => {
      at(copy.apelScript.neutrality.points).sources = ['no-such-article'];
      copy.catalog.keyPoints = copy.catalog.keyPoints.filter((point) => point.kind === 'do');
    });
    expect(problems).toEqual([
      'content/apel-script.json: neutrality.points[0].sources[0]: unknown source or instrument "no-such-article"',
      'content/key-points.json: (root): no "dont" point for the assembly slides (content/apel-script.json: slides.dont)',
    ]);
  });
});

describe('a file that cannot be read', () => {
  const copies: string[] = [];
  afterAll(() => {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  });

  it('names the file of a quiz bank with broken JSON, and still reports the other files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'asn-content-'));
    copies.push(root);
    cpSync(path.join(process.cwd(), 'content'), path.join(root, 'content'), { recursive: true });
    writeFileSync(path.join(root, 'content/quiz/sanksi.json'), '[{"id": ');
    writeFileSync(path.join(root, 'content/pledge.json'), '{}');
    expect(() => readContent(root)).toThrow(/content\/quiz\/sanksi\.json: \(file\): [\s\S]*content\/pledge\.json: /);
  });
});
