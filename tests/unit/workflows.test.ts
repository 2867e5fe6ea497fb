import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/*
 * The GitHub workflows are code that only runs on GitHub: a misspelt key or a wrong type would
 * show only after a push. Each file is checked here against the workflow schema (action-validator,
 * the schema GitHub's own editor uses, compiled to WebAssembly: no network).
 */

const workflowsDir = path.join(process.cwd(), '.github', 'workflows');
const workflows = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));

describe('GitHub workflows', () => {
  it('exist: every push and pull request runs the tests, content pull requests run the check', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'content.yml']));
  });

  it.each(workflows)('%s follows the workflow schema', (name) => {
    const result = validateWorkflow(readFileSync(path.join(workflowsDir, name), 'utf8'));
    expect(result.errors).toEqual([]);
  });

  it('the validator refuses a misspelt key, so a passing check means something', () => {
    const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    step:\n      - run: npm test\n';
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it.each(workflows)('%s runs on the pinned Node.js (.nvmrc), never a version of its own', (name) => {
    const workflow = parse(readFileSync(path.join(workflowsDir, name), 'utf8')) as {
      jobs: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const setups = Object.values(workflow.jobs)
      .flatMap((job) => job.steps ?? [])
      .filter((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setups.length).toBeGreaterThan(0);
    for (const step of setups) expect(step.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
  });
});

describe('Dependabot', () => {
  const config = parse(readFileSync(path.join(process.cwd(), '.github', 'dependabot.yml'), 'utf8')) as {
    version: number;
    updates: { 'package-ecosystem': string; schedule: { interval: string }; groups?: Record<string, { patterns: string[] }> }[];
  };

  it('proposes weekly updates of the npm packages and of the GitHub Actions used', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.schedule.interval])).toEqual([
      ['npm', 'weekly'],
      ['github-actions', 'weekly'],
    ]);
  });

  it('groups Next.js with React, the testing tools together, and the type packages together', () => {
    const npm = config.updates.find((u) => u['package-ecosystem'] === 'npm');
    const pkg = JSON.parse(readFileSync(path.join(process.cwd(), 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    const groupOf = (name: string) =>
      Object.entries(npm?.groups ?? {}).find(([, group]) => group.patterns.some((p) => (p.endsWith('*') ? name.startsWith(p.slice(0, -1)) : p === name)))?.[0];
    expect(['next', 'react', 'react-dom', 'next-intl'].map(groupOf)).toEqual(['next-react', 'next-react', 'next-react', 'next-react']);
    expect(['vitest', '@playwright/test', '@axe-core/playwright'].map(groupOf)).toEqual(['testing', 'testing', 'testing']);
    const typePackages = Object.keys(pkg.devDependencies).filter((name) => name.startsWith('@types/') && !name.startsWith('@types/react'));
    expect(typePackages.map(groupOf)).toEqual(typePackages.map(() => 'types'));
  });
});
