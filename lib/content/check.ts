/*
 * `npm run content:check`: validates content/ (or `--dir <path>`) without building the site,
 * printing every problem as `path:line: field: what is wrong — how to fix`. Exit code 1 when
 * there is any error. `next build` runs it first, so a broken file stops the build the same way.
 */
import path from 'node:path';
import { loadContent } from './load';
import { formatProblem } from './problems';

function main(argv: string[]): number {
  const dirFlag = argv.indexOf('--dir');
  const dir = path.resolve(dirFlag >= 0 && argv[dirFlag + 1] ? argv[dirFlag + 1]! : 'content');
  const started = performance.now();
  const { content, problems } = loadContent(dir);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const p of errors) console.error(`error: ${formatProblem(p)}`);
  for (const p of warnings) console.warn(`warning: ${formatProblem(p)}`);
  const ms = Math.round(performance.now() - started);
  if (errors.length) {
    console.error(`\n${errors.length} error(s), ${warnings.length} warning(s) in ${path.relative(process.cwd(), dir) || dir} (${ms} ms). Nothing was published.`);
    return 1;
  }
  console.log(`Content OK: ${content.stories.size} stories, ${content.people.size} people, ${content.organizations.size} organizations; ${warnings.length} warning(s) (${ms} ms).`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
