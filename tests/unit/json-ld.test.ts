import path from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { loadContent } from '@/lib/content/load';
import type { ArticleBody, ArticleSummary, NewsEvent } from '@/lib/site/types';
import type { Locale } from '@/lib/i18n/routing';
import { buildSite, siteOf } from '@/lib/site';
import {
  articleBreadcrumbJsonLd,
  articleJsonLd,
  eventJsonLd,
  jsonLdId,
  newsArticleJsonLd,
  organizationJsonLd,
  personJsonLd,
  serializeJsonLd,
  type ArticleContext,
} from '@/lib/seo/json-ld';

/*
 * Structured data over tests/fixtures/registry: plant-batteries exists in French (original)
 * and English, forum-robotics only in English; speakers have names that differ by language
 * (Iouri Chanine / Yuri Shanin).
 */

const registry = siteOf(buildSite(loadContent(path.resolve('tests/fixtures/registry')).content));
const content = registry.data;
const BASE = 'https://news.example.org';

/** A schema-dts property holding a list, read as plain objects. */
const list = <T>(value: unknown) => value as T[];

beforeEach(() => vi.stubEnv('SITE_URL', `${BASE}/`));
afterEach(() => vi.unstubAllEnvs());

/** A version as the article page has it: its summary, and the statements its body ties to speakers. */
function article(storyId: string, locale: Locale): ArticleSummary & Pick<ArticleBody, 'quotes'> {
  const found = content.stories.get(storyId)?.[locale];
  const body = registry.bodies(storyId)[locale];
  if (!found || !body) throw new Error(`fixture has no ${locale} version of ${storyId}`);
  return { ...found, quotes: body.quotes };
}

const forum: NewsEvent = {
  id: 'valmont-forum',
  slug: { fr: 'forum-de-valmont', en: 'valmont-forum' },
  name: { fr: 'Forum de Valmont', en: 'Valmont Forum' },
  location: { fr: 'Valmont', en: 'Valmont' },
  date: '2025-09',
  reportedOn: ['2025-09-12'],
  organizers: ['city-council'],
  associatedOrganizations: [],
};

/** What the article page resolves through the site, here straight from the fixture's data. */
function context(a: ArticleSummary, withEvent = false): ArticleContext {
  const versions = content.stories.get(a.storyId) ?? {};
  return {
    site: { name: 'Cloud Cities Info', logoPath: '/logo.png' },
    section: 'Économie',
    topics: ['Industrie'],
    people: a.speakers.map((s) => content.people.get(s.id)!),
    organizations: a.organizations.map((id) => content.organizations.get(id)!),
    event: withEvent ? { event: forum, organizers: [content.organizations.get('city-council')!] } : undefined,
    translations: Object.values(versions).filter((v) => v.locale !== a.locale),
    imagePath: `/${a.locale}/articles/${a.slug}/opengraph-image`,
  };
}

describe('stable @ids', () => {
  it('name people, organizations and events after their default-language page, at its slug, whatever the language', () => {
    expect(jsonLdId.person(content.people.get('yuri-shanin')!)).toBe(`${BASE}/fr/intervenants/iouri-chanine#person`);
    expect(jsonLdId.organization(content.organizations.get('acme-robotics')!)).toBe(`${BASE}/fr/organisations/acme-robotique#organization`);
    expect(jsonLdId.event(forum)).toBe(`${BASE}/fr/evenements/forum-de-valmont#event`);
    expect(jsonLdId.publisher()).toBe(`${BASE}/#publisher`);
    expect(jsonLdId.article('en', 'a-title')).toBe(`${BASE}/en/articles/a-title#article`);
  });

  it('are the same in an article that mentions someone and on their own page, in either language', () => {
    const yuri = content.people.get('yuri-shanin')!;
    for (const locale of ['fr', 'en'] as const) {
      const a = article('plant-batteries', locale);
      const mentioned = list<{ '@id': string; name: string }>(newsArticleJsonLd(a, context(a)).mentions);
      const own = personJsonLd(yuri, locale);
      expect(mentioned.find((m) => m.name === yuri.name[locale])?.['@id']).toBe(own['@id']);
    }
  });
});

describe('NewsArticle', () => {
  const fr = article('plant-batteries', 'fr');
  const en = article('plant-batteries', 'en');

  it('carries the fields search engines read', () => {
    const data = newsArticleJsonLd(fr, context(fr));
    const url = `${BASE}/fr/articles/une-usine-de-batteries-a-valmont`;
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      '@id': `${url}#article`,
      url,
      mainEntityOfPage: url,
      headline: fr.title,
      description: fr.standfirst,
      inLanguage: 'fr',
      datePublished: '2025-09-20',
      dateModified: '2025-09-20',
      image: `${url}/opengraph-image`,
      articleSection: 'Économie',
      keywords: ['Industrie'],
      isBasedOn: {
        '@type': 'NewsArticle',
        url: 'https://example.org/plant-batteries',
        publisher: { '@type': 'Organization', name: 'Example Press', description: 'agence de presse d’exemple' },
      },
    });
  });

  it('names the site as author and publisher, one Organization with a logo', () => {
    const data = newsArticleJsonLd(fr, context(fr));
    expect(data.publisher).toEqual({
      '@type': 'NewsMediaOrganization',
      '@id': `${BASE}/#publisher`,
      name: 'Cloud Cities Info',
      url: `${BASE}/fr`,
      logo: { '@type': 'ImageObject', url: `${BASE}/logo.png` },
    });
    expect(data.author).toEqual([{ '@type': 'NewsMediaOrganization', '@id': `${BASE}/#publisher`, name: 'Cloud Cities Info', url: `${BASE}/fr` }]);
  });

  it('mentions every speaker and organization in the page language, with stable @ids', () => {
    expect(newsArticleJsonLd(en, context(en)).mentions).toEqual([
      { '@type': 'Person', '@id': `${BASE}/fr/intervenants/iouri-chanine#person`, name: 'Yuri Shanin' },
      { '@type': 'Person', '@id': `${BASE}/fr/intervenants/elodie-martin#person`, name: 'Élodie Martin' },
      { '@type': 'Person', '@id': `${BASE}/fr/intervenants/jules-andre#person`, name: 'Jules André' },
      {
        '@type': 'Organization',
        '@id': `${BASE}/fr/organisations/agence-de-developpement-de-l-automatisation#organization`,
        name: 'Automation Development Agency',
      },
    ]);
    const frMentions = list<{ name: string }>(newsArticleJsonLd(fr, context(fr)).mentions);
    expect(frMentions[0]?.name).toBe('Iouri Chanine');
  });

  it('gives each quotation (not reported speech) as a Quotation by its speaker, linked to its anchor', () => {
    const data = newsArticleJsonLd(fr, context(fr));
    const url = `${BASE}/fr/articles/une-usine-de-batteries-a-valmont`;
    const quotes = fr.quotes.filter((q) => q.kind === 'quote');
    expect(quotes.length, 'the fixture has quotations').toBe(2);
    expect(fr.quotes.length, 'and reported speech').toBeGreaterThan(quotes.length);
    expect(data.hasPart).toEqual(
      quotes.map((q) => ({
        '@type': 'Quotation',
        text: q.text,
        url: `${url}#${q.anchor}`,
        inLanguage: 'fr',
        creator: { '@id': jsonLdId.person(content.people.get(q.speaker)!) },
      })),
    );
    // Every creator is one of the people the article mentions.
    const mentioned = new Set(list<{ '@id': string }>(data.mentions).map((m) => m['@id']));
    for (const part of list<{ creator: { '@id': string } }>(data.hasPart)) expect(mentioned).toContain(part.creator['@id']);
  });

  it('ties the original and its translation both ways', () => {
    expect(newsArticleJsonLd(fr, context(fr))).toMatchObject({ workTranslation: [{ '@id': jsonLdId.article('en', en.slug) }] });
    expect(newsArticleJsonLd(fr, context(fr))).not.toHaveProperty('translationOfWork');
    expect(newsArticleJsonLd(en, context(en))).toMatchObject({ translationOfWork: { '@id': jsonLdId.article('fr', fr.slug) } });
    expect(newsArticleJsonLd(en, context(en))).not.toHaveProperty('workTranslation');
  });

  it('has no translation link for a story in one language', () => {
    const only = article('forum-robotics', 'en');
    const data = newsArticleJsonLd(only, context(only));
    expect(data).not.toHaveProperty('workTranslation');
    expect(data).not.toHaveProperty('translationOfWork');
  });

  it('is about the event it reports from, as an Event with its date, place and organizer', () => {
    expect(newsArticleJsonLd(en, context(en, true)).about).toEqual({
      '@type': 'Event',
      '@id': `${BASE}/fr/evenements/forum-de-valmont#event`,
      name: 'Valmont Forum',
      startDate: '2025-09',
      location: { '@type': 'Place', name: 'Valmont', address: 'Valmont' },
      organizer: [{ '@type': 'Organization', '@id': `${BASE}/fr/organisations/mairie-de-valmont#organization`, name: 'Valmont City Council' }],
    });
    expect(newsArticleJsonLd(en, context(en))).not.toHaveProperty('about');
  });

  it('comes with a breadcrumb home → article, in one graph', () => {
    const graph = articleJsonLd(en, context(en));
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph'].map((node) => (node as { '@type': string })['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(articleBreadcrumbJsonLd(en, context(en).site).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Cloud Cities Info', item: `${BASE}/en` },
      { '@type': 'ListItem', position: 2, name: en.title, item: `${BASE}/en/articles/battery-plant-to-open-in-valmont` },
    ]);
  });
});

describe('entity pages', () => {
  it('Person: localized name, other spellings, role, organizations, page URL, stories', () => {
    const yuri = content.people.get('yuri-shanin')!;
    const data = personJsonLd(yuri, 'en', {
      organizations: registry.organizationsOf('yuri-shanin'),
      articles: registry.appearancesOf('yuri-shanin', 'en').map((a) => a.article),
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Person',
      '@id': `${BASE}/fr/intervenants/iouri-chanine#person`,
      name: 'Yuri Shanin',
      alternateName: ['Iouri Chanine'],
      jobTitle: 'CEO of Volga Batteries',
      url: `${BASE}/en/speakers/yuri-shanin`,
      mainEntityOfPage: `${BASE}/en/speakers/yuri-shanin`,
      affiliation: [{ '@type': 'Organization', '@id': jsonLdId.organization(content.organizations.get('technopolis-zone')!) }],
    });
    expect(list<{ url: string }>(data.subjectOf).map((s) => s.url)).toEqual([
      `${BASE}/en/articles/battery-plant-to-open-in-valmont`,
      `${BASE}/en/articles/robot-makers-court-valmont`,
    ]);
    // Nothing optional is invented: a bare person has no affiliation or stories.
    const bare = personJsonLd(yuri, 'fr');
    expect(bare).not.toHaveProperty('affiliation');
    expect(bare).not.toHaveProperty('subjectOf');
    expect(bare.url).toBe(`${BASE}/fr/intervenants/iouri-chanine`);
  });

  it('Organization: name, aliases, description, members, page URL', () => {
    const acme = content.organizations.get('acme-robotics')!;
    const data = organizationJsonLd(acme, 'fr', { members: registry.membersOf('acme-robotics', 'fr') });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': `${BASE}/fr/organisations/acme-robotique#organization`,
      name: 'Acme Robotique',
      description: 'Fabricant de robots.',
      url: `${BASE}/fr/organisations/acme-robotique`,
      member: [
        { '@type': 'Person', '@id': jsonLdId.person(content.people.get('ada-novak')!), name: 'Ada Novak' },
        { '@type': 'Person', '@id': jsonLdId.person(content.people.get('elodie-martin')!), name: 'Élodie Martin' },
      ],
    });
    expect(data.alternateName).toEqual(expect.arrayContaining(['Acme Robotics', 'Acme']));
    expect(data.alternateName).not.toContain('Acme Robotique');
    expect(organizationJsonLd(acme, 'en').url).toBe(`${BASE}/en/organisations/acme-robotics`);
  });

  it('Event: name, month-precision start date, place, organizers, page URL', () => {
    const council = content.organizations.get('city-council')!;
    expect(eventJsonLd(forum, 'fr', { organizers: [council] })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': `${BASE}/fr/evenements/forum-de-valmont#event`,
      name: 'Forum de Valmont',
      startDate: '2025-09',
      location: { '@type': 'Place', name: 'Valmont', address: 'Valmont' },
      organizer: [{ '@type': 'Organization', '@id': jsonLdId.organization(council), name: council.name.fr }],
      url: `${BASE}/fr/evenements/forum-de-valmont`,
      mainEntityOfPage: `${BASE}/fr/evenements/forum-de-valmont`,
    });
    expect(eventJsonLd(forum, 'en').url).toBe(`${BASE}/en/events/valmont-forum`);
  });
});

describe('serializeJsonLd', () => {
  const hostile = 'Headline </script><script>alert(1)</script> <!-- & \u2028\u2029';

  it('escapes what could end the script or open markup, and stays the same JSON value', () => {
    const json = serializeJsonLd({ headline: hostile });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual({ headline: hostile });
  });

  it('renders one inert script element whatever the data holds', () => {
    const data = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: hostile } as const;
    const html = renderToStaticMarkup(createElement(JsonLd, { data }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    const inner = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '');
    expect(JSON.parse(inner).headline).toBe(hostile);
  });

  it('escapes a hostile headline in a whole article graph', () => {
    const a = { ...article('plant-batteries', 'en'), title: hostile };
    const json = serializeJsonLd(articleJsonLd(a, context(a)));
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)['@graph'][0].headline).toBe(hostile);
  });
});
