import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import { getSite } from '@/lib/site';
import { formatDate, formatPartialDate, readingMinutes } from '@/lib/format';

/* The real content in content/, through the same site the pages use. */

const site = getSite();

describe('content/', () => {
  it('has no problems', () => {
    expect(loadContent('content').problems.map(formatProblem)).toEqual([]);
  });

  it('maps the forum story to a slug in each language', () => {
    const versions = site.versions('brics-cloud-cities-forum-2025');
    const slugs = { fr: versions.fr?.slug, en: versions.en?.slug };
    expect(slugs?.fr).toMatch(/^[a-z0-9-]+$/);
    expect(slugs?.en).toMatch(/^[a-z0-9-]+$/);
    expect(slugs?.fr).not.toBe(slugs?.en);
  });

  it('finds an article by language and slug, and its translation', () => {
    const [fr] = site.articles('fr');
    expect(fr).toBeDefined();
    const en = fr && site.translations(fr).en;
    expect(en?.locale).toBe('en');
    expect(en && site.article('en', en.slug)?.storyId).toBe(fr?.storyId);
    expect(fr && site.article('en', fr.slug)).toBeUndefined();
  });

  it('spells speakers the way each language does', () => {
    expect(site.person('dmitry-shanin')?.name).toEqual({ fr: 'Dmitry Chanine', en: 'Dmitry Shanin' });
    expect(site.person('ivan-gnatyuk')?.spellings).toEqual(expect.arrayContaining(['Ivan Gnatiouk', 'Ivan Gnatyuk']));
  });

  it('ties every speaker of the story to something they said, in both languages, in the same order', () => {
    const [first] = site.articles('fr');
    const fr = first && site.article('fr', first.slug);
    const en = first && site.translations(first).en && site.article('en', site.translations(first).en!.slug);
    const speakers = fr?.speakers.map((s) => s.id) ?? [];
    expect(speakers).toHaveLength(5);
    for (const id of speakers)
      expect(
        fr?.quotes.some((q) => q.speaker === id),
        id,
      ).toBe(true);
    expect(en?.quotes.map((q) => [q.anchor, q.speaker, q.kind])).toEqual(fr?.quotes.map((q) => [q.anchor, q.speaker, q.kind]));
  });

  it('knows who belongs to which organization', () => {
    const members = site.membersOf('moscow-investment-industrial-policy-department', 'fr');
    expect(members.map((p) => p.id)).toEqual(['olga-vidanova', 'polina-pavlova']);
    expect(site.organization('technopolis-moscow')?.name.en).toBe('Technopolis Moscow Special Economic Zone');
  });

  it('applies French typography to French display text only', () => {
    const [fr] = site.articles('fr');
    const en = fr && site.translations(fr).en;
    expect(fr?.title).toMatch(/\u00A0:/);
    expect(en?.title).not.toMatch(/[\u00A0\u202F]/);
    expect(fr && site.article('fr', fr.slug)?.html).toContain('«\u00A0');
    expect(en && site.article('en', en.slug)?.html).toContain('\u201C');
  });
});

describe('formatting', () => {
  it('writes dates the local way, whatever the time zone', () => {
    expect(formatDate('2025-09-19', 'fr')).toBe('19 septembre 2025');
    expect(formatDate('2025-09-19', 'en')).toBe('19 September 2025');
    expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
    expect(formatPartialDate('2025-09', 'fr')).toBe('septembre 2025');
  });

  it('rounds reading time to whole minutes, at least one', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(690)).toBe(3);
  });
});
