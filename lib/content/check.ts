/*
 * `npm run content:check`: validates content/ (or `--dir <path>`) without building the site,
 * printing every problem as `path:line: field: what is wrong — how to fix`, errors and warnings
 * apart; `--json` prints the same as JSON. Exit code 1 when there is any error. `npm run build`
 * runs it before `next build`, so a broken file stops the build with the same messages.
 */
import { runContentCheck } from './check-command';

const { exitCode, stdout, stderr } = runContentCheck(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
