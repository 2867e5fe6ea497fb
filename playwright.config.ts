import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { INSTANCE_HOSTNAME } from './deploy/instance';

/*
 * Browser tests against the production build (`npm run test:e2e` builds first).
 * `npx playwright install` cannot download on every machine: where a system Chromium exists
 * (Debian's /usr/bin/chromium, or CHROMIUM_PATH), use it; elsewhere Playwright's own browser.
 */
// E2E_PORT lets two checkouts run their suites side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// A second build, of tests/fixtures/site (`npm run build:fixture`), for cases the real content
// does not have, such as a story with no English version.
const FIXTURE_PORT = PORT + 1;
// A third build, of the XSS corpus (`npm run build:xss`: tests/fixtures/xss/).
const XSS_PORT = PORT + 2;
// The `reliability` project starts its own instances and nginx on PORT + 10, + 11, + 12.

/*
 * Each build is served as it is deployed: its standalone server (`output: 'standalone'`,
 * completed by `npm run security:finalize`), the command `npm start` and every instance run.
 * HOSTNAME is the address it listens on: see INSTANCE_HOSTNAME for why not 127.0.0.1.
 */
const standalone = (distDir: string, port: number) => ({
  command: `node ${distDir}/standalone/server.js`,
  env: { PORT: String(port), HOSTNAME: INSTANCE_HOSTNAME, NEXT_TELEMETRY_DISABLED: '1' },
});

const chromiumCandidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const executablePath = existsSync(chromiumCandidate) ? chromiumCandidate : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // On GitHub: annotations on the failing lines and an HTML report (uploaded by the CI workflow).
  reporter: process.env.GITHUB_ACTIONS ? [['list'], ['github'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: ['fixture-site/**', 'xss/**', 'reliability/**'], use: { ...devices['Desktop Chrome'] } },
    {
      // The SEO conformance suite (tests/e2e/seo/) reads its pages from the sitemap, so it runs
      // on both builds: the fixture site adds a story with no English version.
      name: 'fixture-site',
      testMatch: ['fixture-site/**/*.spec.ts', 'seo/**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
    { name: 'xss', testMatch: ['xss/**/*.spec.ts'], use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${XSS_PORT}` } },
    {
      // Load and failover (docs/deployment.md): after the others, so the load meets an idle machine.
      name: 'reliability',
      testMatch: ['reliability/**/*.spec.ts'],
      // One after the other, file after file (and one failing does not skip the next): each file
      // starts its own instances on E2E_PORT + 10… and reads their timing and memory.
      fullyParallel: false,
      workers: 1,
      dependencies: ['chromium', 'fixture-site', 'xss'],
    },
  ],
  webServer: [
    {
      ...standalone('.next', PORT),
      url: `${baseURL}/fr`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      ...standalone('.next-fixture', FIXTURE_PORT),
      url: `http://localhost:${FIXTURE_PORT}/fr`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      ...standalone('.next-xss', XSS_PORT),
      url: `http://localhost:${XSS_PORT}/fr`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
