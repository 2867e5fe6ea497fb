import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { runContentCheck } from '@/scripts/content-check';
import { parseCheckReport, reportMarkdown } from '@/lib/content/report';
import packageJson from '@/package.json';

/* .github/workflows/content.yml: what it promises editors, checked without running GitHub. */

const text = readFileSync('.github/workflows/content.yml', 'utf8');
const stepSchema = z.object({
  name: z.string().optional(),
  uses: z.string().optional(),
  run: z.string().optional(),
  if: z.string().optional(),
  with: z.record(z.string(), z.unknown()).optional(),
});
const workflow = z
  .object({
    on: z.object({ pull_request: z.object({ paths: z.array(z.string()) }) }),
    permissions: z.record(z.string(), z.string()),
    jobs: z.record(z.string(), z.object({ steps: z.array(stepSchema) })),
  })
  .parse(parse(text));
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const indexOf = (match: (step: z.infer<typeof stepSchema>) => boolean) => steps.findIndex(match);

describe('content workflow', () => {
  it('runs on pull requests touching content/, reading the repository only, with no secrets', () => {
    expect(workflow.on.pull_request.paths).toEqual(['content/**']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(text).not.toMatch(/secrets\./);
  });

  // The Node.js version and the npm cache are checked for every workflow in workflows.test.ts.
  it('uses only existing actions: checkout and setup-node', () => {
    expect(steps.flatMap((s) => s.uses ?? [])).toEqual(['actions/checkout@v4', 'actions/setup-node@v4']);
  });

  it('installs, checks to JSON, summarises even after a failed check, then builds, in that order', () => {
    const install = indexOf((s) => /^npm ci\b/.test(s.run ?? ''));
    const check = indexOf((s) => s.run === 'npm run --silent content:check -- --json > check.json');
    const summary = indexOf((s) => s.run === 'npx tsx scripts/content-summary.ts check.json');
    const build = indexOf((s) => s.run === 'npm run build');
    expect([install, check, summary, build].every((i) => i >= 0)).toBe(true);
    expect(install < check && check < summary && summary < build).toBe(true);
    expect(steps[summary]?.if).toBe('${{ always() }}');
  });

  it('calls scripts that exist, the build checking content first', () => {
    expect(packageJson.scripts['content:check']).toBe('tsx scripts/content-check.ts');
    // The site's build reads and checks content first, and stops on the check's errors (site-build.test.ts);
    // after next build, only the security step that finalizes its output (tests/unit/security.test.ts).
    expect(packageJson.scripts.build).toBe('npm run site:build && next build && npm run security:finalize');
  });

  it('its summary step appends the table to $GITHUB_STEP_SUMMARY and annotates each problem', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-workflow-'));
    try {
      const report = runContentCheck(['--dir', 'tests/fixtures/site', '--json']);
      writeFileSync(path.join(dir, 'check.json'), report.stdout);
      const summaryFile = path.join(dir, 'summary.md');
      writeFileSync(summaryFile, '# Earlier step\n');
      const run = spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/content-summary.ts', path.join(dir, 'check.json')], {
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile },
      });
      expect(run.status).toBe(0);
      expect(readFileSync(summaryFile, 'utf8')).toBe(`# Earlier step\n${reportMarkdown(parseCheckReport(report.stdout))}`);
      // One annotation per problem, where GitHub shows it on the diff.
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines[0]).toBe(
        '::warning file=tests/fixtures/site/articles/french-only/fr.md,line=1,title=(translation)::"french-only" exists in fr only — add en.md next to it with the translation; until then the page says the story exists in one language',
      );
      const { warnings } = parseCheckReport(report.stdout);
      expect(lines.map((l) => l.replace(/::[^:]*$/, ''))).toEqual(warnings.map((w) => `::warning file=${w.file},line=${w.line ?? 1},title=${w.field}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000); // starts a Node process with tsx
});
