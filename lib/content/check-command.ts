import path from 'node:path';
import { loadContent } from './load';
import { checkReport, formatReportText } from './report';

/*
 * `npm run content:check [-- --dir <path>] [-- --json]`, as a function of its arguments so
 * tests run it without a process. Exit code 1 on any error (warnings never fail it), 2 on
 * arguments it does not understand.
 */

export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const CHECK_USAGE = 'usage: npm run content:check -- [--dir <content folder>] [--json]';

interface CheckOptions {
  dir: string;
  json: boolean;
}

function parseArgs(argv: readonly string[]): CheckOptions | string {
  const options: CheckOptions = { dir: 'content', json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') options.json = true;
    else if (arg === '--dir') {
      const value = argv[++i];
      if (!value || value.startsWith('--')) return '--dir needs a folder, e.g. --dir tests/fixtures/site';
      options.dir = value;
    } else return `unknown argument "${arg}"`;
  }
  return options;
}

export function runContentCheck(argv: readonly string[], cwd = process.cwd()): CommandResult {
  const options = parseArgs(argv);
  if (typeof options === 'string') return { exitCode: 2, stdout: '', stderr: `${options}\n${CHECK_USAGE}\n` };
  const dir = path.resolve(cwd, options.dir);
  const started = performance.now();
  const result = loadContent(dir, { displayRoot: cwd });
  const report = checkReport(result, Math.round(performance.now() - started));
  const stdout = options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReportText(report, path.relative(cwd, dir) || '.');
  return { exitCode: report.ok ? 0 : 1, stdout, stderr: '' };
}
