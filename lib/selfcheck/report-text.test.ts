import { compileMessage } from '@/lib/i18n/compile-messages';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { examplePeople } from './examples';
import { parseFragment } from './flow';
import { buildReport } from './report';
import { reportText } from './report-text';
import { buildSelfCheckData } from './view';

// Built once, outside the test's time allowance: it reads the whole content catalogue.
const data = buildSelfCheckData('en');

describe('the report as text', () => {
  it('lists each area with its verdict, rule, basis, sanction, to-do and checker link, then what is fine', () => {
    const { answers } = parseFragment(data.questions, examplePeople.official);
    const report = buildReport(data.questions, answers, data.results, data.checkerOrder, data.alwaysFine);
    const text = reportText(report, data, answers, { ...en.SelfCheck, statusLine: compileMessage(en.SelfCheck.statusLine) }, 'https://example.org/en/cek/');
    expect(text).toContain('Status: PNS (permanent civil servant)');
    expect(text).toMatch(/1\. Official decisions: Violation\n {3}You were not sure: this is what applies if it is so\.\n {3}Rule: /);
    expect(text).toContain('   Checker: https://example.org/en/cek/#actor=pns&activity=official_decision&holds_position=yes');
    expect(text).toContain('GR 94/2021 Article 5(n)(5)');
    expect(text).toMatch(/To do: Stop or postpone it/);
    expect(text).toMatch(/What is allowed instead: /);
    expect(text).toMatch(/You are fine here:\n- Mass organisations/);
  });
});
