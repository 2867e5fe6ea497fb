import { z } from 'zod';
import type { ContentStats, LoadResult } from './load';
import { type ContentProblem, formatProblem } from './problems';

/*
 * What `npm run content:check` tells, in its three forms: text for editors in a terminal,
 * JSON for tools (`--json`), and Markdown plus annotations for a pull request's checks.
 * All three come from one `CheckReport`, so they always agree.
 */

/* The `--json` output as a schema: the job summary reads it back through it; types are inferred from it. */

const countSchema = z.number().int().nonnegative();

/** A problem as `--json` prints it: every key present, `null` when unknown. */
const reportedProblemSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().nullable(),
  field: z.string(),
  message: z.string(),
  hint: z.string().nullable(),
  severity: z.enum(['error', 'warning']),
});
export type ReportedProblem = z.infer<typeof reportedProblemSchema>;

/** `ok` is false when there is any error; warnings never make it false. */
const checkReportSchema = z.object({
  ok: z.boolean(),
  errors: z.array(reportedProblemSchema),
  warnings: z.array(reportedProblemSchema),
  /** What was read (files of each kind, valid or not), the totals and the time the check took. */
  stats: z.object({
    stories: countSchema,
    articles: countSchema,
    people: countSchema,
    organizations: countSchema,
    events: countSchema,
    errors: countSchema,
    warnings: countSchema,
    durationMs: countSchema,
  }),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

export function checkReport(result: Pick<LoadResult, 'problems' | 'stats'>, durationMs: number): CheckReport {
  const reported = (p: ContentProblem): ReportedProblem => ({
    file: p.file,
    line: p.line ?? null,
    field: p.field,
    message: p.message,
    hint: p.hint ?? null,
    severity: p.severity,
  });
  const errors = result.problems.filter((p) => p.severity === 'error').map(reported);
  const warnings = result.problems.filter((p) => p.severity === 'warning').map(reported);
  return {
    ok: errors.length === 0,
    errors,
    warnings,
    stats: { ...result.stats, errors: errors.length, warnings: warnings.length, durationMs },
  };
}

/** Reads `--json` output back (the job summary does); throws when it is not a check report. */
export function parseCheckReport(json: string): CheckReport {
  return checkReportSchema.parse(JSON.parse(json));
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function toProblem(p: ReportedProblem): ContentProblem {
  return { file: p.file, line: p.line ?? undefined, field: p.field, message: p.message, hint: p.hint ?? undefined, severity: p.severity };
}

/** What was read, in words: "1 story (2 language versions), 5 people, 7 organizations, 1 event". */
export function describeStats(stats: ContentStats): string {
  return [
    `${count(stats.stories, 'story', 'stories')} (${count(stats.articles, 'language version')})`,
    count(stats.people, 'person', 'people'),
    count(stats.organizations, 'organization'),
    count(stats.events, 'event'),
  ].join(', ');
}

/**
 * The terminal report: errors, then warnings, each problem on one line as
 * `path:line: field: what is wrong — how to fix`, then a one-line total.
 */
export function formatReportText(report: CheckReport, dir: string): string {
  const lines: string[] = [];
  if (report.errors.length) {
    lines.push(`Errors (${report.errors.length}): fix these; nothing is published while there is one.`);
    lines.push(...report.errors.map((p) => formatProblem(toProblem(p))), '');
  }
  if (report.warnings.length) {
    lines.push(`Warnings (${report.warnings.length}): publishing goes ahead, but please look.`);
    lines.push(...report.warnings.map((p) => formatProblem(toProblem(p))), '');
  }
  const totals = `${count(report.errors.length, 'error')}, ${count(report.warnings.length, 'warning')}`;
  const read = `${describeStats(report.stats)} in ${dir} (${report.stats.durationMs} ms)`;
  lines.push(report.ok ? `Content OK: ${totals}; ${read}.` : `Content check failed: ${totals}; ${read}. Nothing was published.`);
  return `${lines.join('\n')}\n`;
}

/** Text inside a Markdown table cell: no line breaks, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

/** The job summary of a pull request: a headline and one table row per problem. */
export function reportMarkdown(report: CheckReport): string {
  const totals = `${count(report.errors.length, 'error')}, ${count(report.warnings.length, 'warning')}`;
  const lines = [`## Content check: ${report.ok ? '✅' : '❌'} ${totals}`, ''];
  const problems = [...report.errors, ...report.warnings];
  if (problems.length) {
    lines.push('| | File | Line | Field | What is wrong | How to fix |', '| --- | --- | --- | --- | --- | --- |');
    for (const p of problems) {
      const kind = p.severity === 'error' ? '❌ error' : '⚠️ warning';
      lines.push(`| ${kind} | \`${cell(p.file)}\` | ${p.line ?? ''} | \`${cell(p.field)}\` | ${cell(p.message)} | ${cell(p.hint ?? '')} |`);
    }
    lines.push('');
  }
  lines.push(
    report.ok
      ? `Checked ${describeStats(report.stats)} in ${report.stats.durationMs} ms.${report.warnings.length ? ' Warnings do not stop publishing.' : ''}`
      : `Checked ${describeStats(report.stats)} in ${report.stats.durationMs} ms. Fix the errors, push again, and this check reruns.`,
    '',
  );
  return lines.join('\n');
}

/** GitHub workflow-command escaping: data, then property values (which also escape `:` and `,`). */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…::…` commands: GitHub shows each problem on its line of the pull request's diff. */
export function reportAnnotations(report: CheckReport): string[] {
  return [...report.errors, ...report.warnings].map((p) => {
    const command = p.severity === 'error' ? 'error' : 'warning';
    const where = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${escapeProperty(p.field)}`];
    return `::${command} ${where.join(',')}::${escapeData(p.hint ? `${p.message} — ${p.hint}` : p.message)}`;
  });
}
