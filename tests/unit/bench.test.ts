import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBuildLog, parseDuration } from '@/bench/build';
import { lineChart, niceTicks } from '@/bench/charts';
import { fontsInCss, JS_BUDGET_GZIP_BYTES, JS_GOAL_GZIP_BYTES, pageAssets, sized, total } from '@/bench/page-assets';
import { FIGURES_END, FIGURES_START, figuresOf, readResults, renderReport, withFigures } from '@/bench/report';
import { frenchSpelling, generateContent, kebab } from '@/bench/synthetic-content';
import { loadContent } from '@/lib/content/load';
import { buildSite, siteOf } from '@/lib/site';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Hash of every file under `dir`, by relative path. */
function digest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const file = path.join(d, name);
      if (statSync(file).isDirectory()) walk(file);
      else hash.update(path.relative(dir, file)).update(readFileSync(file));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

// Generating and loading a few dozen stories takes about a second, several on a loaded machine.
describe('synthetic content', { timeout: 30_000 }, () => {
  it('is valid content of the real shape: N stories in both languages, every speaker quoted', () => {
    const dir = path.join(tmp, 'a');
    const summary = generateContent(dir, { stories: 24 });
    const { content: loaded, problems } = loadContent(dir);
    expect(problems).toEqual([]);
    const site = siteOf(buildSite(loaded));
    const content = {
      stories: new Map(
        [...site.data.stories.keys()].map((id) => [
          id,
          Object.fromEntries(Object.values(site.data.stories.get(id) ?? {}).map((a) => [a.locale, site.article(a.locale, a.slug)])),
        ]),
      ),
    };
    expect(content.stories.size).toBe(24);
    for (const versions of content.stories.values()) {
      expect(Object.keys(versions).sort()).toEqual(['en', 'fr']);
      const { fr, en } = versions;
      // The translations line up: same quotes (anchors, speakers) and the same passages.
      expect(fr?.quotes.map((q) => [q.anchor, q.speaker, q.kind])).toEqual(en?.quotes.map((q) => [q.anchor, q.speaker, q.kind]));
      expect(fr?.passages.map((p) => p.anchor)).toEqual(en?.passages.map((p) => p.anchor));
      expect(fr?.speakers.length).toBeGreaterThanOrEqual(2);
    }
    expect(summary.pool.people).toBeGreaterThanOrEqual(12);
    const sample = content.stories.get(summary.sample.storyId);
    expect(sample?.en?.slug).toBe(summary.sample.slug.en);
  });

  it('gives French typography, quotes and mentions real work', () => {
    const dir = path.join(tmp, 'b');
    generateContent(dir, { stories: 12 });
    const built = buildSite(loadContent(dir).content);
    const content = {
      stories: new Map(
        [...built.bodies].map(([id, bodies]) => [
          id,
          Object.fromEntries(Object.entries(bodies).map(([l, b]) => [l, { html: (b?.passages ?? []).map((p) => p.html).join('\n') }])),
        ]),
      ),
    };
    const fr = [...content.stories.values()].map((v) => v.fr?.html ?? '').join('\n');
    const en = [...content.stories.values()].map((v) => v.en?.html ?? '').join('\n');
    expect(fr).toMatch(/\u202F[;!?]/u); // narrow no-break space before ; ! ?
    expect(fr).toMatch(/\u00A0:/u); // no-break space before :
    expect(fr).toMatch(/«\u00A0/u); // guillemets
    expect(fr).toMatch(/\d\u202F\d{3}/u); // digit groups
    expect(fr).toMatch(/’/u); // curled apostrophes
    expect(fr).toMatch(/<blockquote/);
    expect(fr).toMatch(/href="\/fr\/intervenants\//);
    expect(en).toMatch(/href="\/en\/organisations\//);
    expect(fr).toMatch(/[éèàçô]/u);
  });

  it('is deterministic for a seed', () => {
    generateContent(path.join(tmp, 'c1'), { stories: 10, seed: 7 });
    generateContent(path.join(tmp, 'c2'), { stories: 10, seed: 7 });
    generateContent(path.join(tmp, 'c3'), { stories: 10, seed: 8 });
    expect(digest(path.join(tmp, 'c1'))).toBe(digest(path.join(tmp, 'c2')));
    expect(digest(path.join(tmp, 'c1'))).not.toBe(digest(path.join(tmp, 'c3')));
  });

  it('spells Russian names the French way and makes ASCII ids', () => {
    expect(frenchSpelling('Shanin')).toBe('Chanine');
    expect(frenchSpelling('Gnatyuk')).toBe('Gnatiouk');
    expect(frenchSpelling('Krikushenko')).toBe('Krikouchenko');
    expect(kebab('Pékin : 12 500 emplois ?')).toBe('pekin-12-500-emplois');
  });
});

describe('page assets (shared by the bench and the JavaScript budget test)', () => {
  const html = [
    '<html><head><link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
    '<link rel="preload" href="/fonts/x.woff2" as="font" crossorigin=""/>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>',
    '</head><body><script>self.__next_f.push([1,"5:I[123,[\\"/_next/static/chunks/c.js\\"],\\"X\\"]"])</script></body></html>',
  ].join('');

  it('lists the scripts a current browser loads (tags, preloads, flight data), nomodule apart', () => {
    const assets = pageAssets(html);
    expect(assets.scripts).toEqual(['/_next/static/chunks/a.js', '/_next/static/chunks/b.js', '/_next/static/chunks/c.js']);
    expect(assets.nomoduleScripts).toEqual(['/_next/static/chunks/polyfills.js']);
    expect(assets.stylesheets).toEqual(['/_next/static/chunks/app.css']);
    expect(assets.fontPreloads).toEqual(['/fonts/x.woff2']);
  });

  it('finds fonts in CSS and sums raw and gzip sizes', () => {
    expect(fontsInCss('@font-face{src:url(/f/a.woff2) format("woff2"),url("/f/a.woff")}')).toEqual(['/f/a.woff2', '/f/a.woff']);
    expect(fontsInCss('body{font-family:system-ui,sans-serif}')).toEqual([]);
    const a = sized('a', new Uint8Array(1000));
    expect(a.raw).toBe(1000);
    expect(a.gzip).toBeLessThan(100);
    expect(total([a, a])).toEqual({ raw: 2000, gzip: 2 * a.gzip });
    expect(JS_GOAL_GZIP_BYTES).toBeLessThanOrEqual(JS_BUDGET_GZIP_BYTES);
  });
});

describe('build log and charts', () => {
  it('reads the phases next build prints', () => {
    expect(parseDuration('113s')).toBe(113_000);
    expect(parseDuration('2.5min')).toBe(150_000);
    expect(parseDuration('950ms')).toBe(950);
    const log = '✓ Compiled successfully in 17.1s\n  Finished TypeScript in 10.1s ...\n✓ Generating static pages using 1 worker (767/767) in 21.9s\n';
    expect(parseBuildLog(log)).toEqual({ compileMs: 17_100, typescriptMs: 10_100, staticGenerationMs: 21_900, staticWorkers: 1 });
    expect(parseBuildLog('✓ Generating static pages using 2 workers (767/767) in 9.9s').staticWorkers).toBe(2);
  });

  it('draws an SVG line chart with a point per value and round ticks', () => {
    expect(niceTicks(0, 23)).toEqual([0, 5, 10, 15, 20, 25]);
    const svg = lineChart({
      title: 'T & <x>',
      xLabel: 'N',
      yLabel: 'ms',
      xLog: true,
      series: [
        {
          name: 's',
          color: '#000',
          points: [
            { x: 100, y: 3 },
            { x: 1000, y: 4 },
            { x: 10_000, y: 5, label: '5 ms' },
          ],
        },
      ],
      goals: [{ y: 2, label: 'goal' }],
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('T &amp; &lt;x&gt;');
    expect(svg).not.toMatch(/NaN|undefined/);
  });
});

describe('the report of bench/results', () => {
  const results = readResults(path.resolve('bench/results'));
  const report = renderReport(results);

  it('is what docs/performance.md and bench/results/summary.md show: no figure there is typed by hand', () => {
    // On failure: `npm run bench -- --report` writes both again from the JSON.
    expect(figuresOf(readFileSync('docs/performance.md', 'utf8'))).toBe(report);
    expect(readFileSync('bench/results/summary.md', 'utf8')).toBe(`${report}\n`);
  });

  it('judges every goal from the figures, and says by how much one is missed', () => {
    expect(report).toMatch(/Through the caching proxy ≥ 0\.8 +\| [\d.]+ +\| met /u);
    const http = results.http!;
    const slower = renderReport({ ...results, http: { ...http, result: { ...http.result, cachingProxy: { ...http.result.cachingProxy!, ratio: 0.5 } } } });
    expect(slower).toMatch(/Through the caching proxy ≥ 0\.8 +\| 0\.500 +\| missed /u);
    const weight = results.weight!;
    const bare = weight.result.bareAppRouterPage!;
    const lighter = renderReport({
      ...results,
      weight: { ...weight, result: { ...weight.result, bareAppRouterPage: { ...bare, js: { ...bare.js, gzip: weight.result.totals.js.gzip - 100 } } } },
    });
    expect(lighter).toMatch(/missed \(by 100 B\)/u);
  });

  it('says where and when each part was measured, from its own file', () => {
    expect(report).toContain(`Measured ${results.pipeline!.machine.date.slice(0, 10)}`);
    expect(report).toContain(`Node ${results.build!.machine.node}`);
  });

  it('replaces only the generated part of a document, and refuses one without it', () => {
    const doc = `# Title\n\nProse.\n\n${FIGURES_START}\n\nold\n\n${FIGURES_END}\n\nMore prose.\n`;
    const updated = withFigures(doc, 'new figures');
    expect(updated).toBe(`# Title\n\nProse.\n\n${FIGURES_START}\n\nnew figures\n\n${FIGURES_END}\n\nMore prose.\n`);
    expect(figuresOf(updated)).toBe('new figures');
    expect(() => withFigures('# No figures here\n', 'x')).toThrow(/no "<!-- figures:start/u);
  });
});
