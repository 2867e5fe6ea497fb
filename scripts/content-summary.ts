/*
 * `tsx scripts/content-summary.ts check.json`: turns the JSON of `content:check --json` into
 * the pull request's job summary (a table appended to $GITHUB_STEP_SUMMARY) and, on GitHub
 * Actions, one annotation per problem on its line of the diff. Without $GITHUB_STEP_SUMMARY
 * the Markdown goes to stdout, to preview it locally.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { parseCheckReport, reportAnnotations, reportMarkdown } from '@/lib/content/report';
import { runAsProgram } from './cli';

function main(argv: readonly string[]): number {
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  const write = (markdown: string) => (summaryFile ? appendFileSync(summaryFile, markdown) : process.stdout.write(markdown));
  let report;
  try {
    report = parseCheckReport(readFileSync(argv[0] ?? 'check.json', 'utf8'));
  } catch (e) {
    write(`## Content check: ❌ no report\n\nThe content check did not finish (${(e as Error).message}); its step's log says why.\n`);
    return 1;
  }
  write(reportMarkdown(report));
  if (process.env.GITHUB_ACTIONS === 'true') console.log(reportAnnotations(report).join('\n'));
  return 0;
}

runAsProgram(import.meta.url, main);
