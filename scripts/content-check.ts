/*
 * `npm run content:check [-- --dir <path>] [-- --json]`: validates content/ without building
 * the site, printing every problem as `path:line: field: what is wrong — how to fix`, errors
 * and warnings apart; `--json` prints the same as JSON for tools. Exit code 1 on any error
 * (warnings never fail it), 2 on arguments it does not understand. `npm run build` runs it
 * before `next build`, so a broken file stops the build with the same messages.
 */
import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { checkReport, formatReportText } from '@/lib/content/report';
import { readArguments, runAsProgram, usageError, type CommandResult } from './cli';

export const CHECK_USAGE = 'usage: npm run content:check -- [--dir <content folder>] [--json]';

export function runContentCheck(argv: readonly string[], cwd = process.cwd()): CommandResult {
  const args = readArguments(argv, { dir: { type: 'string', default: 'content' }, json: { type: 'boolean', default: false } });
  if (typeof args === 'string') return usageError(args === '--dir needs a value' ? '--dir needs a folder, e.g. --dir tests/fixtures/site' : args, CHECK_USAGE);
  const dir = path.resolve(cwd, args.dir);
  const started = performance.now();
  const result = loadContent(dir, { displayRoot: cwd });
  const report = checkReport(result, Math.round(performance.now() - started));
  const stdout = args.json ? `${JSON.stringify(report, null, 2)}\n` : formatReportText(report, path.relative(cwd, dir) || '.');
  return { exitCode: report.ok ? 0 : 1, stdout, stderr: '' };
}

runAsProgram(import.meta.url, runContentCheck);
