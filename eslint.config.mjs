// ESLint (flat config): Next.js's recommended rules with Core Web Vitals, typescript-eslint's
// recommended rules for TypeScript, and the project's own. The layering (which folder may
// import which) is checked by dependency-cruiser (.dependency-cruiser.cjs), also in `npm run lint`.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  globalIgnores([
    // Build output: .next, and the fixture, XSS and benchmark builds beside it.
    '.next*/**',
    'bench/.tmp/**',
    'tests/fixtures/xss/site/**',
    'playwright-report/**',
    'test-results/**',
    'next-env.d.ts',
  ]),
  {
    rules: {
      // Unused names are mistakes, except a leading underscore that says "deliberately unused".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Type-only imports are marked as such, so they vanish from the bundles.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Links are plain <a>: every page is static HTML, so a full load is cheap and cacheable, and
      // next/link would ship its client code to every reader
      // (docs/decisions/0001-plain-links-instead-of-next-link.md).
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // A function in lib/ reads in a screen or two; one that grows past that does a module's work.
    files: ['lib/**/*.{ts,tsx}'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }] },
  },
]);
