import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

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

const chromiumCandidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const executablePath = existsSync(chromiumCandidate) ? chromiumCandidate : undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
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
    { name: 'chromium', testIgnore: ['fixture-site/**', 'xss/**'], use: { ...devices['Desktop Chrome'] } },
    {
      // The SEO conformance suite (tests/e2e/seo/) reads its pages from the sitemap, so it runs
      // on both builds: the fixture site adds a story with no English version.
      name: 'fixture-site',
      testMatch: ['fixture-site/**/*.spec.ts', 'seo/**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
    { name: 'xss', testMatch: ['xss/**/*.spec.ts'], use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${XSS_PORT}` } },
  ],
  webServer: [
    {
      command: `npx next start -p ${PORT}`,
      url: `${baseURL}/fr`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${FIXTURE_PORT}`,
      env: { NEXT_DIST_DIR: '.next-fixture', CONTENT_DIR: 'tests/fixtures/site' },
      url: `http://localhost:${FIXTURE_PORT}/fr`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${XSS_PORT}`,
      env: { NEXT_DIST_DIR: '.next-xss', CONTENT_DIR: 'tests/fixtures/xss/site' },
      url: `http://localhost:${XSS_PORT}/fr`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
