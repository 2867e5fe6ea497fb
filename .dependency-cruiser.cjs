/*
 * The house plan, enforced (`npm run lint`). Data walks one way:
 *
 *   content/ → Load (lib/content) → Model (lib/site) → app/ pages → components/ views
 *
 * with services beside them (lib/i18n, lib/markdown, lib/typography, lib/search, lib/seo,
 * lib/security, lib/format, lib/mentions, lib/memoize): small, pure, and knowing only the
 * domain's types (lib/site/types.ts), never the Model's code nor Load's. Programs (scripts/,
 * bench/, deploy/) sit outside lib/ and may use anything in it. Type imports count: a cycle of
 * types is a cycle.
 */

const services = '^lib/(i18n|markdown|typography|text|search|seo|security)/|^lib/(format|mentions|memoize)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle ties modules so that neither can be understood, tested or moved alone.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-not-to-outside',
      comment: 'lib/ is what pages and programs build on: it never reaches up into pages, views, programs or tests.',
      severity: 'error',
      from: { path: '^lib/' },
      to: { path: '^(app|components|scripts|bench|deploy|tests)/' },
    },
    {
      name: 'services-know-types-only',
      comment: "Services know the domain's types (lib/site/types.ts), never the Model's code nor Load.",
      severity: 'error',
      from: { path: services },
      to: { path: '^lib/(content|site)/', pathNot: '^lib/site/types\\.ts$' },
    },
    {
      name: 'load-before-model',
      comment: "Load reads and validates content; the Model is built from it, never the other way round (the domain's types excepted).",
      severity: 'error',
      from: { path: '^lib/content/' },
      to: { path: '^lib/site/', pathNot: '^lib/site/types\\.ts$' },
    },
    {
      name: 'pages-and-views-through-the-model',
      comment: 'Pages and views ask the Model (lib/site), never Load: content reaches them built once, checked and rendered.',
      severity: 'error',
      from: { path: '^(app|components)/' },
      to: { path: '^lib/content/' },
    },
    {
      name: 'views-not-to-pages',
      comment: 'Views are given what they show; routes choose the views, not the other way round.',
      severity: 'error',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'pages-and-views-no-file-system',
      comment: 'Pages and views never read files: the Model has read everything, once, at build time.',
      severity: 'error',
      from: { path: '^(app|components)/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises)$' },
    },
    {
      name: 'deploy-and-bench-apart',
      comment: 'Deployment and benchmarks share helpers through scripts/, not by importing each other.',
      severity: 'error',
      from: { path: '^deploy/' },
      to: { path: '^bench/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      // mdast and hast are type-only packages (@types/…).
      to: { couldNotResolve: true, pathNot: '^(mdast|hast)$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next[^/]*|bench/\\.tmp|tests/fixtures/xss/site)/' },
    // Type-only imports are dependencies too (a cycle of types is still a cycle).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
