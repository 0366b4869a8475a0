import { formatMessage, type Message } from '@/lib/i18n/format-message';
import type { Answers } from './flow';
import type { Report, ReportArea } from './report';
import type { SelfCheckQuestion } from './types';
import type { SelfCheckData } from './view';

export interface ReportTextLabels {
  textTitle: string;
  statusLine: Message;
  risksTitle: string;
  noRisks: string;
  unsureNote: string;
  rule: string;
  legalBasis: string;
  sanction: string;
  sanctionIfViolation: string;
  possibleSanctions: string;
  todo: string;
  instead: string;
  textLink: string;
  fineTitle: string;
  clearTitle: string;
  pressureTitle: string;
  verdicts: Record<'violation' | 'caution' | 'allowed' | 'incomplete', string>;
}

/** The heading of an area: the question's area name, or for an always-allowed act the rule's title. */
export function areaName(area: ReportArea, questions: SelfCheckQuestion<string>[], data: Pick<SelfCheckData, 'rules'>): string {
  const question = questions.find((candidate) => candidate.id === area.question);
  if (question && 'area' in question) return question.area;
  return area.result.rules.map((rule) => data.rules[rule.id]?.title ?? rule.id).join('; ');
}

/** Legal bases of the rules that decided an area, with those of the refinements that hold. */
export function areaBasis(area: ReportArea, data: Pick<SelfCheckData, 'rules'>) {
  return area.result.rules.flatMap((hit) => {
    const rule = data.rules[hit.id];
    return [...(rule?.legalBasis ?? []), ...hit.refinements.flatMap((id) => rule?.refinements[id]?.legalBasis ?? [])];
  });
}

/** The report as plain text, for a person's own notes: one block per area, with the checker link. */
export function reportText(report: Report, data: SelfCheckData, answers: Answers, labels: ReportTextLabels, checkerUrl: string): string {
  const { questions } = data;
  const status = questions.find((question) => question.kind === 'status');
  const statusLabel = status?.kind === 'status' ? status.options.find((option) => option.value === answers.get(status.id))?.label : undefined;
  const lines = [labels.textTitle, formatMessage(labels.statusLine, data.locale, { status: statusLabel ?? '' }), '', `${labels.risksTitle}:`];
  if (!report.risks.length) lines.push(labels.noRisks);
  for (const [index, area] of report.risks.entries()) {
    const question = questions.find((candidate) => candidate.id === area.question);
    const sanctions = [...new Set(area.result.rules.flatMap((rule) => rule.sanctions))].map((code) => data.sanctions[code] ?? code);
    const possible = [...new Set(area.result.rules.flatMap((rule) => rule.possibleSanctions))].map((code) => data.sanctions[code] ?? code);
    lines.push(`${index + 1}. ${areaName(area, questions, data)}: ${labels.verdicts[area.result.verdict]}`);
    if (area.answer === 'unsure') lines.push(`   ${labels.unsureNote}`);
    lines.push(`   ${labels.rule}: ${area.result.rules.map((rule) => data.rules[rule.id]?.title ?? rule.id).join('; ')}`);
    const basis = areaBasis(area, data).map((item) => `${item.name} ${item.article}`);
    if (basis.length) lines.push(`   ${labels.legalBasis}: ${[...new Set(basis)].join('; ')}`);
    if (sanctions.length) lines.push(`   ${area.result.verdict === 'violation' ? labels.sanction : labels.sanctionIfViolation}: ${sanctions.join('; ')}`);
    if (possible.length) lines.push(`   ${labels.possibleSanctions}: ${possible.join('; ')}`);
    if (question && 'todo' in question) lines.push(`   ${labels.todo}: ${question.todo}`);
    for (const rule of area.result.rules) if (data.rules[rule.id]?.instead) lines.push(`   ${labels.instead}: ${data.rules[rule.id]?.instead}`);
    lines.push(`   ${labels.textLink}: ${checkerUrl}#${area.key}`);
  }
  if (report.pressure) {
    const pressure = questions.find((question) => question.kind === 'pressure');
    lines.push('', `${labels.pressureTitle}:`, pressure && 'todo' in pressure ? pressure.todo : '');
  }
  if (report.fine.length) {
    lines.push('', `${labels.fineTitle}:`);
    for (const area of report.fine) lines.push(`- ${areaName(area, questions, data)}`);
  }
  if (report.clear.length) {
    lines.push('', `${labels.clearTitle}:`);
    for (const id of report.clear) {
      const question = questions.find((candidate) => candidate.id === id);
      if (question && 'area' in question) lines.push(`- ${question.area}`);
    }
  }
  return lines.join('\n');
}
