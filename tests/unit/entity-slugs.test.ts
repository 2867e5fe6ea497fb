import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { routing } from '@/lib/i18n/routing';
import { buildDocuments } from '@/lib/search/documents';
import { buildSite, entityKindList, entityKinds, entityRedirects, getSite, siteOf } from '@/lib/site';

/*
 * Every entity page is at its slug in each language, where names differ: given by its file, or
 * made from its name. Links, alternates, search and redirects all follow the slugs; ids stay the
 * key content uses. The real content, then the registry fixture (whose École de l'Étoile gives
 * its French slug in its file).
 */

const site = getSite();
const person = (id: string) => site.person(id)!;

describe('slugs of the real content', () => {
  it('give each person, organisation, topic and event a page at its name in each language', () => {
    expect(entityKinds.people.path('fr', person('dmitry-shanin'))).toBe('/fr/intervenants/dmitry-chanine');
    expect(entityKinds.people.path('en', person('dmitry-shanin'))).toBe('/en/speakers/dmitry-shanin');
    expect(entityKinds.people.path('fr', person('vladimir-krikushenko'))).toBe('/fr/intervenants/vladimir-krikouchenko');
    expect(entityKinds.organizations.path('fr', site.organization('moscow-government')!)).toBe('/fr/organisations/gouvernement-de-moscou');
    expect(entityKinds.organizations.path('en', site.organization('moscow-government')!)).toBe('/en/organisations/moscow-government');
    expect(entityKinds.topics.path('fr', site.topic('robotics')!)).toBe('/fr/sujets/robotique');
    expect(entityKinds.topics.path('en', site.topic('robotics')!)).toBe('/en/topics/robotics');
    expect(entityKinds.events.path('fr', site.event('brics-cloud-cities-forum-2025')!)).toBe('/fr/evenements/forum-cloud-cities-des-brics');
    expect(entityKinds.events.path('en', site.event('brics-cloud-cities-forum-2025')!)).toBe('/en/events/brics-cloud-cities-forum');
    expect(site.section('economy')?.slug).toEqual({ fr: 'economie', en: 'economy' });
  });

  it('resolve both ways: each language finds the entity at its own slug, and only there', () => {
    expect(entityKinds.people.find(site, 'dmitry-chanine', 'fr')?.id).toBe('dmitry-shanin');
    expect(entityKinds.people.find(site, 'dmitry-shanin', 'en')?.id).toBe('dmitry-shanin');
    expect(entityKinds.people.find(site, 'dmitry-chanine', 'en')).toBeUndefined();
    expect(entityKinds.people.find(site, 'dmitry-shanin', 'fr')).toBeUndefined();
    expect(entityKinds.topics.find(site, 'robotique', 'fr')?.id).toBe('robotics');
    expect(entityKinds.topics.find(site, 'robotique', 'en')).toBeUndefined();
    for (const kind of entityKindList) {
      for (const locale of routing.locales) {
        for (const entity of kind.list(site, locale)) expect(kind.find(site, entity.slug[locale], locale), `${kind.kind} ${locale} ${entity.id}`).toBe(entity);
      }
    }
  });

  it('redirect each old address (the id) to the page where the two differ, and never hide a page', () => {
    const redirects = entityRedirects(site);
    expect(redirects).toContainEqual({ source: '/fr/intervenants/dmitry-shanin', destination: '/fr/intervenants/dmitry-chanine' });
    expect(redirects).toContainEqual({ source: '/fr/organisations/moscow-government', destination: '/fr/organisations/gouvernement-de-moscou' });
    expect(redirects).toContainEqual({ source: '/en/events/brics-cloud-cities-forum-2025', destination: '/en/events/brics-cloud-cities-forum' });
    expect(redirects.map((r) => r.source)).not.toContain('/en/speakers/dmitry-shanin');
    const pages = new Set(entityKindList.flatMap((kind) => routing.locales.flatMap((locale) => kind.list(site, locale).map((e) => kind.path(locale, e)))));
    for (const { source, destination } of redirects) {
      expect(pages.has(source), `${source} is a page`).toBe(false);
      expect(pages.has(destination), `${destination} is a page`).toBe(true);
    }
    expect(new Set(redirects.map((r) => r.source)).size).toBe(redirects.length);
  });

  it('link the mentions in a story to the slug of the page in its language', () => {
    const versions = site.versions('brics-cloud-cities-forum-2025');
    const story = { fr: site.article('fr', versions.fr!.slug), en: site.article('en', versions.en!.slug) };
    expect(story.fr?.html).toContain('href="/fr/intervenants/dmitry-chanine"');
    expect(story.en?.html).toContain('href="/en/speakers/dmitry-shanin"');
    expect(story.fr?.html).not.toMatch(/href="\/fr\/intervenants\/dmitry-shanin"/);
  });

  it('go into search documents, each language its own', () => {
    const documents = buildDocuments(site.data, site.bodies);
    expect(documents.find((d) => d.id === 'person:dmitry-shanin')?.slug).toEqual({ fr: 'dmitry-chanine', en: 'dmitry-shanin' });
    expect(documents.find((d) => d.id === 'organization:moscow-government')?.slug).toEqual({ fr: 'gouvernement-de-moscou', en: 'moscow-government' });
  });
});

describe('a slug given in the file', () => {
  const registry = siteOf(buildSite(loadContent(path.resolve('tests/fixtures/registry')).content));

  it("replaces the name's in its language only", () => {
    const school = registry.organization('ecole-etoile')!;
    expect(school.slug).toEqual({ fr: 'ecole-etoile', en: 'etoile-school' });
    expect(entityKinds.organizations.find(registry, 'ecole-etoile', 'fr')).toBe(school);
    expect(entityKinds.organizations.find(registry, 'ecole-de-l-etoile', 'fr')).toBeUndefined();
  });
});
