// Validates every content file before the build, so that a bad file fails fast with its name and field: each
// file against its schema, then every reference between them (lib/content/load.ts), and the report-a-mistake
// address.
import { loadContent } from '../lib/content/load';
import { reportErrorUrl } from '../lib/site/config';
import { reportErrorUrlProblem } from '../lib/site/report-mistake';

try {
  const badReportUrl = reportErrorUrlProblem(reportErrorUrl);
  if (badReportUrl) throw new Error(badReportUrl);
  const content = loadContent();
  const { catalog, checker } = content;
  const claims = catalog.sources.reduce((total, source) => total + source.claims.length, 0);
  const quizQuestions = content.quizFiles.reduce((total, file) => total + file.questions.length, 0);
  console.log(
    `Content is valid: ${content.guides.length} guide pages, ${catalog.violations.length} violation types, ${catalog.sanctions.length} sanctions, ` +
      `${catalog.instruments.length} instruments, ${catalog.sources.length} sources (${claims} seed claims placed), ${catalog.keyPoints.length} key points, ${content.penalties.length} criminal penalties, ` +
      `${checker.ruleSet.rules.length} checker rules, ${checker.ruleSet.questions.length} questions, ${checker.scenarios.length} scenarios, ${content.goldenCases.length} golden cases, ` +
      `${quizQuestions} quiz questions, ${content.pledge.points.length} pledge points, ${content.selfCheck.questions.length} self-check questions, ${checker.channels.length} report channels, ` +
      `${content.changes.length} dated changes of the law, speaker notes for ${Object.keys(content.apelScript.slides).length} kinds of assembly slide.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
