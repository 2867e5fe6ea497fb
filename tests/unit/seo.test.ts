import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MetadataRoute } from 'next';
import sitemap from '@/app/sitemap';
import robots from '@/app/robots';
import { loadContent } from '@/lib/content/load';
import type { Content } from '@/lib/content/types';
import { buildSite, siteOf } from '@/lib/site';
import { articlePaths, homePaths, pageAlternates } from '@/lib/seo/alternates';
import { articleCard, websiteCard } from '@/lib/seo/open-graph';
import { absoluteUrl, siteUrl } from '@/lib/seo/site-url';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

const translated = { fr: '/fr/articles/un-titre', en: '/en/articles/a-title' };

describe('site URL', () => {
  it('defaults to http://localhost:3000', () => {
    vi.stubEnv('SITE_URL', '');
    expect(siteUrl()).toBe('http://localhost:3000');
    expect(absoluteUrl('/fr')).toBe('http://localhost:3000/fr');
  });

  it('uses SITE_URL, with or without a trailing slash', () => {
    for (const value of ['https://news.example.org', 'https://news.example.org/', 'https://NEWS.example.org:443//']) {
      vi.stubEnv('SITE_URL', value);
      expect(siteUrl(), value).toBe('https://news.example.org');
      expect(pageAlternates(translated, 'fr').canonical, value).toBe('https://news.example.org/fr/articles/un-titre');
    }
    vi.stubEnv('SITE_URL', 'http://example.org:8080/portal/');
    expect(absoluteUrl('/en')).toBe('http://example.org:8080/portal/en');
  });

  it('refuses a SITE_URL that is not an absolute http(s) URL, saying how to fix it', () => {
    for (const value of [
      'example.org',
      '/fr',
      'ftp://example.org',
      'javascript:alert(1)',
      'https://user:pw@example.org',
      'https://example.org/?a=1',
      'https://example.org/#x',
    ]) {
      vi.stubEnv('SITE_URL', value);
      expect(() => siteUrl(), value).toThrow(/^SITE_URL: .* — set it to the site's absolute address/);
      expect(() => pageAlternates(translated, 'fr'), value).toThrow(/SITE_URL/);
    }
  });

  it('refuses a path that is not a site path', () => {
    expect(() => absoluteUrl('fr')).toThrow(/not a site path/);
    expect(() => absoluteUrl('//evil.example/fr')).toThrow(/not a site path/);
  });
});

describe('pageAlternates', () => {
  it('gives a translated page an absolute canonical and one alternate per language, x-default French', () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org/');
    const expected = {
      fr: 'https://news.example.org/fr/articles/un-titre',
      en: 'https://news.example.org/en/articles/a-title',
      'x-default': 'https://news.example.org/fr/articles/un-titre',
    };
    expect(pageAlternates(translated, 'fr')).toMatchObject({ canonical: expected.fr, languages: expected });
    // Each version names the others and the same x-default: the annotations are reciprocal.
    expect(pageAlternates(translated, 'en')).toMatchObject({ canonical: expected.en, languages: expected });
  });

  it('gives an untranslated page no alternate for the missing language', () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org');
    const frOnly = pageAlternates({ fr: '/fr/articles/seulement' }, 'fr');
    expect(frOnly).toMatchObject({
      canonical: 'https://news.example.org/fr/articles/seulement',
      languages: { fr: 'https://news.example.org/fr/articles/seulement', 'x-default': 'https://news.example.org/fr/articles/seulement' },
    });
    // No French version: x-default is the page's own language.
    const enOnly = pageAlternates({ en: '/en/articles/only' }, 'en');
    expect(enOnly.languages).toEqual({ en: 'https://news.example.org/en/articles/only', 'x-default': 'https://news.example.org/en/articles/only' });
    expect(enOnly.languages).not.toHaveProperty('fr');
    expect(enOnly.canonical).toBe('https://news.example.org/en/articles/only');
  });

  it('takes languages from the paths given, never from the path itself', () => {
    expect(Object.keys(pageAlternates({ en: '/en/articles/only' }, 'en').languages ?? {})).toEqual(['en', 'x-default']);
    expect(articlePaths({ en: { slug: 'a-title' } })).toEqual({ en: '/en/articles/a-title' });
    expect(() => pageAlternates({ fr: '/fr/articles/x' }, 'en')).toThrow(/no path in its own language "en"/);
  });

  it('gives the homes both languages', () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org');
    expect(pageAlternates(homePaths(), 'en')).toMatchObject({
      canonical: 'https://news.example.org/en',
      languages: { fr: 'https://news.example.org/fr', en: 'https://news.example.org/en', 'x-default': 'https://news.example.org/fr' },
    });
  });
});

/** Every entry's alternates list itself and name entries of the sitemap that list the same set. */
function expectReciprocal(entries: MetadataRoute.Sitemap) {
  const byUrl = new Map(entries.map((e) => [e.url, e]));
  for (const entry of entries) {
    const languages = entry.alternates?.languages ?? {};
    expect(Object.values(languages), entry.url).toContain(entry.url);
    for (const [hreflang, url] of Object.entries(languages)) {
      const other = byUrl.get(url as string);
      expect(other, `${entry.url} → ${hreflang} ${String(url)}`).toBeDefined();
      expect(other?.alternates?.languages, `${entry.url} ↔ ${String(url)}`).toEqual(languages);
    }
  }
}

/** URLs of every entity page and index, in both languages, at the slugs Load gives (the file's, else the name's). */
function entityUrls(base: string, content: Content): string[] {
  const segments: [string, string, Iterable<{ slug: Record<'fr' | 'en', string> }>][] = [
    ['intervenants', 'speakers', content.people.values()],
    ['organisations', 'organisations', content.organizations.values()],
    ['sujets', 'topics', content.topics.values()],
    ['evenements', 'events', content.events.values()],
  ];
  return segments.flatMap(([fr, en, entities]) => {
    const list = [...entities];
    return [`${base}/fr/${fr}`, `${base}/en/${en}`, ...list.flatMap(({ slug }) => [`${base}/fr/${fr}/${slug.fr}`, `${base}/en/${en}/${slug.en}`])];
  });
}

describe('sitemap', () => {
  it('lists exactly the homes, every article version and every entity page of content/, with reciprocal alternates', () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org/');
    const entries = sitemap();
    const { content } = loadContent('content');
    const expected = ['https://news.example.org/fr', 'https://news.example.org/en', ...entityUrls('https://news.example.org', content)];
    for (const versions of content.stories.values()) {
      for (const version of Object.values(versions)) expected.push(`https://news.example.org/${version.locale}/articles/${version.frontMatter.slug}`);
    }
    expect(entries.map((e) => e.url).sort()).toEqual(expected.sort());
    expect(entries.some((e) => e.url.includes('page-not-found'))).toBe(false);
    expectReciprocal(entries);

    const fr = 'https://news.example.org/fr/articles/industrie-du-futur-forum-cloud-cities-brics-moscou';
    const en = 'https://news.example.org/en/articles/industry-of-the-future-brics-cloud-cities-forum-moscow';
    const story = entries.find((e) => e.url === en);
    expect(story?.alternates?.languages).toEqual({ fr, en, 'x-default': fr });
    expect(story?.lastModified).toBe('2025-09-19');
    expect(entries.find((e) => e.url === 'https://news.example.org/fr')?.lastModified).toBe('2025-09-19');
    const person = entries.find((e) => e.url === 'https://news.example.org/en/speakers/dmitry-shanin');
    // Each language's page at its own slug, the two naming each other.
    expect(person?.alternates?.languages).toEqual({
      fr: 'https://news.example.org/fr/intervenants/dmitry-chanine',
      en: 'https://news.example.org/en/speakers/dmitry-shanin',
      'x-default': 'https://news.example.org/fr/intervenants/dmitry-chanine',
    });
    expect(
      entries.some((e) => e.url === 'https://news.example.org/fr/intervenants/dmitry-shanin'),
      'the old address is no page',
    ).toBe(false);
    expect(person?.lastModified).toBe('2025-09-19');
  });

  it('gives an untranslated story no alternate for its missing language (fixture site)', async () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org');
    vi.stubEnv('CONTENT_DIR', 'tests/fixtures/site');
    vi.resetModules(); // a fresh content cache, read from CONTENT_DIR
    const { default: fixtureSitemap } = await import('@/app/sitemap');
    const entries = fixtureSitemap();
    const base = 'https://news.example.org';
    const { content } = loadContent('tests/fixtures/site');
    expect(entries.map((e) => e.url).sort()).toEqual(
      [
        `${base}/fr`,
        `${base}/en`,
        `${base}/fr/articles/un-titre-exemple`,
        `${base}/en/articles/a-title-example`,
        `${base}/fr/articles/histoire-en-francais-seulement`,
        `${base}/fr/articles/un-paragraphe-coupe`,
        `${base}/en/articles/a-paragraph-split`,
        `${base}/en/articles/long-report-example-forum`,
        ...entityUrls(base, content),
      ].sort(),
    );
    const frenchOnly = entries.find((e) => e.url.endsWith('/histoire-en-francais-seulement'));
    expect(frenchOnly?.alternates?.languages).toEqual({
      fr: `${base}/fr/articles/histoire-en-francais-seulement`,
      'x-default': `${base}/fr/articles/histoire-en-francais-seulement`,
    });
    expectReciprocal(entries);
  });
});

describe('feed links', () => {
  it('an entity page advertises its own feeds first, then its language’s', () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org');
    const own = {
      title: 'Olga Vidanova — Cloud Cities Info',
      paths: { rss: '/fr/intervenants/olga-vidanova/feed.xml', json: '/fr/intervenants/olga-vidanova/feed.json' },
    };
    expect(pageAlternates({ fr: '/fr/intervenants/olga-vidanova' }, 'fr', own).types).toEqual({
      'application/rss+xml': [
        { url: 'https://news.example.org/fr/intervenants/olga-vidanova/feed.xml', title: 'Olga Vidanova — Cloud Cities Info (RSS)' },
        { url: 'https://news.example.org/fr/feed.xml', title: 'Cloud Cities Info (RSS)' },
      ],
      'application/feed+json': [
        { url: 'https://news.example.org/fr/intervenants/olga-vidanova/feed.json', title: 'Olga Vidanova — Cloud Cities Info (JSON Feed)' },
        { url: 'https://news.example.org/fr/feed.json', title: 'Cloud Cities Info (JSON Feed)' },
      ],
    });
  });

  it("every page's alternates advertise the two feeds of its own language, absolute", () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org');
    expect(pageAlternates({ en: '/en/articles/only' }, 'en').types).toEqual({
      'application/rss+xml': [{ url: 'https://news.example.org/en/feed.xml', title: 'Cloud Cities Info (RSS)' }],
      'application/feed+json': [{ url: 'https://news.example.org/en/feed.json', title: 'Cloud Cities Info (JSON Feed)' }],
    });
    expect(pageAlternates(homePaths(), 'fr').types).toEqual({
      'application/rss+xml': [{ url: 'https://news.example.org/fr/feed.xml', title: 'Cloud Cities Info (RSS)' }],
      'application/feed+json': [{ url: 'https://news.example.org/fr/feed.json', title: 'Cloud Cities Info (JSON Feed)' }],
    });
  });
});

describe('social cards', () => {
  it('give an article its own image, described by its headline, as a large-image card', () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org');
    const site = siteOf(buildSite(loadContent('tests/fixtures/site').content));
    const article = site.article('en', 'a-title-example');
    if (!article) throw new Error('fixture story missing');
    const card = articleCard(
      {
        title: article.title,
        description: article.standfirst,
        siteName: 'Cloud Cities Info',
        locale: 'en',
        paths: articlePaths({ fr: { slug: 'un-titre-exemple' }, en: article }),
      },
      article,
      'Economy',
      ['Industry'],
    );
    expect(card.openGraph).toMatchObject({
      type: 'article',
      locale: 'en_GB',
      alternateLocale: ['fr_FR'],
      images: [
        { url: `https://news.example.org/en/articles/${article.slug}/opengraph-image`, width: 1200, height: 630, type: 'image/png', alt: article.title },
      ],
    });
    expect(card.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it("give other pages their language's default image", () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org');
    const card = websiteCard({ title: 'Cloud Cities Info', description: '…', siteName: 'Cloud Cities Info', locale: 'fr', paths: homePaths() });
    expect(card.openGraph).toMatchObject({
      type: 'website',
      images: [{ url: 'https://news.example.org/fr/opengraph-image', width: 1200, height: 630, alt: 'Cloud Cities Info' }],
    });
  });
});

describe('robots', () => {
  it('allows everything but the language switch, and points to both absolute sitemaps', () => {
    vi.stubEnv('SITE_URL', 'https://news.example.org/');
    expect(robots()).toEqual({
      rules: { userAgent: '*', allow: '/', disallow: '/switch-language' },
      sitemap: ['https://news.example.org/sitemap.xml', 'https://news.example.org/news-sitemap.xml'],
    });
  });
});
