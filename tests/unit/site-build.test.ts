import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { parseCheckReport, type ReportedProblem } from '@/lib/content/report';
import { buildDocuments } from '@/lib/search/documents';
import { createSearchIndex, loadSearchIndex } from '@/lib/search/index';
import { createSite } from '@/lib/site';
import { readStore, SEARCH_FILE, SEARCH_TEXTS_FILE } from '@/lib/site/store';
import { buildSiteStore } from '@/scripts/build-site';
import { runContentCheck } from '@/scripts/content-check';
import { tempRoot } from './support/content-fixtures';

/*
 * `npm run site:build` over a copy of tests/fixtures/site (4 stories, 6 versions): the store it
 * writes, and a build that costs what changed: a story's file parsed and rendered again only
 * when it changed, every version rendered again when the renderer or the names it links change,
 * nothing written when content is broken.
 */

const tmp = tempRoot('site-build-');
afterAll(tmp.remove);

let run = 0;
let dir: string;
let store: string;
let cache: string;
const build = (code: { loader: string; renderer: string; search?: string } = { loader: 'L1', renderer: 'R1', search: 'S1' }) =>
  buildSiteStore(dir, store, cache, code);
const frFile = () => path.join(dir, 'articles', 'sample-story', 'fr.md');

beforeEach(() => {
  const root = path.join(tmp.root, `run-${run++}`);
  dir = path.join(root, 'content');
  store = path.join(root, 'dist', 'site');
  cache = path.join(root, 'dist', 'cache', 'site');
  cpSync(path.resolve('tests/fixtures/site'), dir, { recursive: true });
});

describe('site:build', () => {
  it('writes the store: every story summarized, each story’s bodies in a file of its own, the search index', () => {
    const result = build();
    expect(result.stats).toMatchObject({ versions: 6, parsed: 6, parsedFromCache: 0, rendered: 6, renderedFromCache: 0 });
    expect(readdirSync(path.join(store, 'stories')).sort()).toEqual(['french-only.json', 'long-read.json', 'sample-story.json', 'split-paragraph.json']);
    expect(existsSync(path.join(store, 'search.json'))).toBe(true);
    const { data, bodies } = readStore(store);
    expect([...data.stories.keys()].sort()).toEqual(['french-only', 'long-read', 'sample-story', 'split-paragraph']);
    expect(data.stories.get('sample-story')?.fr).not.toHaveProperty('passages');
    expect(bodies('sample-story').fr?.passages.length).toBeGreaterThan(0);
  });

  it("keeps the speakers' statements with the bodies, not in the summaries a server holds; a person's page reads them there", () => {
    build();
    const stored = readStore(store);
    expect(stored.data.stories.get('sample-story')?.fr).not.toHaveProperty('quotes');
    expect(stored.bodies('sample-story').fr?.quotes.length).toBeGreaterThan(0);
    const site = createSite(stored.data, stored.bodies);
    const [appearance] = site.appearancesOf('ada-example', 'fr').filter((a) => a.article.storyId === 'sample-story');
    const own = stored.bodies('sample-story').fr?.quotes.filter((q) => q.speaker === 'ada-example');
    expect(own?.length).toBeGreaterThan(0);
    expect(appearance?.quotes).toEqual(own);
  });

  it('a second build of the same content reads and renders nothing again', () => {
    build();
    expect(build().stats).toMatchObject({ versions: 6, parsed: 0, parsedFromCache: 6, rendered: 0, renderedFromCache: 6 });
  });

  it('an edited story is read and rendered again, alone, and the store shows the edit', () => {
    build();
    appendFileSync(frFile(), '\nUne phrase ajoutée après coup.\n');
    expect(build().stats).toMatchObject({ parsed: 1, parsedFromCache: 5, rendered: 1, renderedFromCache: 5, storiesWritten: 1, storiesKept: 3 });
    const html = readStore(store)
      .bodies('sample-story')
      .fr?.passages.map((p) => p.html)
      .join('\n');
    expect(html).toContain('Une phrase ajoutée après coup.');
  });

  it("an edit re-indexes that story's search document alone, and the index answers as one built whole", () => {
    const first = build();
    appendFileSync(frFile(), '\nUne phrase ajoutée sur les tramways.\n');
    const edited = build();
    expect(edited.stats.searchDocuments).toBe(first.stats.searchDocuments);
    expect(edited.stats.searchReused).toBe(first.stats.searchDocuments - 1);
    const texts = readFileSync(path.join(store, SEARCH_TEXTS_FILE));
    const stored = loadSearchIndex(readFileSync(path.join(store, SEARCH_FILE), 'utf8'), (offset, length) => texts.subarray(offset, offset + length));
    const whole = createSearchIndex(buildDocuments(edited.built!.data, (id) => edited.built!.bodies.get(id) ?? {}));
    for (const q of ['tramways', 'exemple', 'Ada', 'forum', 'industrie']) {
      for (const locale of ['fr', 'en'] as const) {
        const [a, b] = [stored.search(q, locale), whole.search(q, locale)];
        expect(
          a.results.map((r) => r.document.id),
          `${q} ${locale}`,
        ).toEqual(b.results.map((r) => r.document.id));
        a.results.forEach((r, i) => expect(r.score).toBeCloseTo(b.results[i]!.score, 9));
      }
    }
    expect(stored.search('tramways', 'fr').results.map((r) => r.document.id)).toEqual(['story:sample-story']);
    // Another version of the search code indexes everything again.
    expect(build({ loader: 'L1', renderer: 'R1', search: 'S2' }).stats.searchReused).toBe(0);
  });

  it('a changed renderer renders every version again; a changed loader reads every file again', () => {
    build();
    expect(build({ loader: 'L1', renderer: 'R2' }).stats).toMatchObject({ parsedFromCache: 6, rendered: 6, renderedFromCache: 0 });
    expect(build({ loader: 'L2', renderer: 'R2' }).stats).toMatchObject({ parsed: 6, parsedFromCache: 0, rendered: 0, renderedFromCache: 6 });
  });

  it("an entity's role changes its pages only; a new spelling, which any story may mention, renders every version again", () => {
    build();
    const ada = path.join(dir, 'people', 'ada-example.yaml');
    writeFileSync(ada, readFileSync(ada, 'utf8').replace('Director of Example Works', 'Chair of Example Works'));
    expect(build().stats).toMatchObject({ rendered: 0, renderedFromCache: 6 });
    expect(readStore(store).data.people.get('ada-example')?.role.en).toBe('Chair of Example Works');
    writeFileSync(ada, readFileSync(ada, 'utf8').replace('aliases: []', 'aliases: [A. Exemplova]'));
    expect(build().stats).toMatchObject({ rendered: 6, renderedFromCache: 0 });
  });

  it('broken content: the check’s own lines, nothing cached for the broken file, the last store kept', () => {
    build();
    const before = readFileSync(path.join(store, 'index.json'), 'utf8');
    writeFileSync(frFile(), readFileSync(frFile(), 'utf8').replace(/^date: .*$/m, 'date: 2025-13-45'));
    const result = build();
    expect(result.built).toBeUndefined();
    const check = parseCheckReport(runContentCheck(['--dir', dir, '--json']).stdout);
    const asProblem = (p: ReportedProblem) => formatProblem({ ...p, line: p.line ?? undefined, hint: p.hint ?? undefined });
    expect(check.errors).toHaveLength(1);
    // The same problems, each with its severity (the check lists errors first, the build in reading order).
    expect([...result.problems].sort()).toEqual([...check.errors, ...check.warnings].map((p) => `${p.severity}: ${asProblem(p)}`).sort());
    expect(readFileSync(path.join(store, 'index.json'), 'utf8')).toBe(before);
    expect(result.stats).toMatchObject({ parsed: 1, parsedFromCache: 5 });
    // The broken file was not kept: it is read again, and fails again.
    expect(build().stats).toMatchObject({ parsed: 1, parsedFromCache: 5 });
    // Put back as it was, it is the file read before: nothing to do.
    writeFileSync(frFile(), readFileSync(frFile(), 'utf8').replace('date: 2025-13-45', 'date: 2025-09-19'));
    expect(build().stats).toMatchObject({ parsed: 0, parsedFromCache: 6, rendered: 0 });
  });
});
