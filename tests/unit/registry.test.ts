import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load';
import { formatProblem } from '@/lib/content/problems';
import type { Locale } from '@/lib/i18n/routing';
import { buildSite, createSite, getSite, siteOf, type Mention } from '@/lib/site';
import type { ArticleSummary, NewsEvent, SiteData } from '@/lib/site/types';

/*
 * tests/fixtures/registry/ is built so each rule decides an outcome (dates 2025-09-…):
 *
 *   story                   date  fr  en  speakers                                 organizations
 *   forum-robotics     (A)  10    -   ✓   yuri-shanin, elodie-martin, ada-novak    acme-robotics, city-council, technopolis-zone
 *   plant-batteries    (B)  20    ✓   ✓   yuri-shanin, elodie-martin, jules-andre  automation-agency
 *   zone-tax-breaks    (C)  20    ✓   ✓   kirill-orlov                             acme-robotics, city-council, technopolis-zone
 *   apprentices-drive  (D)  15    -   ✓   ada-novak, kirill-orlov, jules-andre     acme-robotics, automation-agency
 *
 *   topics: A industry; B energy, industry; C industry; D industry, skills ("automation" unused).
 *   events: A and D report from valmont-expo (2025-09, by city-council), sessions "Robots in the
 *   city" (A) and "Training the next engineers" (D); battery-summit (2025-10-02, by
 *   automation-agency and city-council) has no story.
 *
 * Story ids are chosen so that folder order is never the expected order.
 */

const loaded = loadContent(path.resolve('tests/fixtures/registry'));
const built = buildSite(loaded.content);
const content = built.data;
const registry = siteOf(built);

function article(storyId: string, locale: Locale): ArticleSummary {
  const found = content.stories.get(storyId)?.[locale];
  if (!found) throw new Error(`fixture has no ${locale} version of ${storyId}`);
  return found;
}
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
const stories = (list: readonly ArticleSummary[]) => list.map((a) => a.storyId);
/** Mentions as [kind, id, the text they cover], easier to read than offsets. */
const covered = (text: string, mentions: readonly Mention[]) => mentions.map((m) => [m.kind, m.id, text.slice(m.start, m.end)]);

describe('registry fixture', () => {
  it('loads without errors; the only warnings are the English-only stories and the organization and event no story uses', () => {
    expect(loaded.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(loaded.problems.map((p) => [p.file, p.field])).toEqual([
      ['tests/fixtures/registry/articles/apprentices-drive/en.md', '(translation)'],
      ['tests/fixtures/registry/articles/forum-robotics/en.md', '(translation)'],
      ['tests/fixtures/registry/organizations/ecole-etoile.yaml', '(unused)'],
      ['tests/fixtures/registry/events/battery-summit.yaml', '(unused)'],
    ]);
    expect(content.stories.size).toBe(4);
  });
});

describe('lookups and alphabetical lists', () => {
  it('finds people and organizations by id, undefined when unknown', () => {
    expect(registry.person('yuri-shanin')?.name.en).toBe('Yuri Shanin');
    expect(registry.organization('acme-robotics')?.name.fr).toBe('Acme Robotique');
    expect(registry.person('acme-robotics')).toBeUndefined();
    expect(registry.organization('nobody')).toBeUndefined();
  });

  it('sorts people by their name in the language, accented letters with their base letter', () => {
    // Code-unit order would put "Élodie" after "Kirill"; English spells Chanine "Yuri Shanin".
    expect(ids(registry.people('fr'))).toEqual(['ada-novak', 'elodie-martin', 'yuri-shanin', 'jules-andre', 'kirill-orlov']);
    expect(ids(registry.people('en'))).toEqual(['ada-novak', 'elodie-martin', 'jules-andre', 'kirill-orlov', 'yuri-shanin']);
  });

  it('sorts organizations by their name in the language', () => {
    expect(ids(registry.organizations('fr'))).toEqual(['acme-robotics', 'automation-agency', 'ecole-etoile', 'city-council', 'technopolis-zone']);
    expect(ids(registry.organizations('en'))).toEqual(['acme-robotics', 'automation-agency', 'ecole-etoile', 'technopolis-zone', 'city-council']);
  });

  it('hands out copies: sorting a result does not change the next one', () => {
    registry.people('fr').reverse();
    expect(registry.people('fr')[0]?.id).toBe('ada-novak');
  });
});

describe('membership', () => {
  it('lists the members of an organization by name in the language', () => {
    expect(ids(registry.membersOf('acme-robotics', 'fr'))).toEqual(['ada-novak', 'elodie-martin']);
    expect(ids(registry.membersOf('technopolis-zone', 'fr'))).toEqual(['yuri-shanin', 'kirill-orlov']); // Iouri < Kirill
    expect(ids(registry.membersOf('technopolis-zone', 'en'))).toEqual(['kirill-orlov', 'yuri-shanin']); // Kirill < Yuri
    expect(registry.membersOf('ecole-etoile', 'fr')).toEqual([]);
    expect(registry.membersOf('unknown', 'fr')).toEqual([]);
  });

  it("lists a person's organizations main one first, not alphabetically", () => {
    expect(ids(registry.organizationsOf('elodie-martin'))).toEqual(['city-council', 'acme-robotics']);
    expect(ids(registry.organizationsOf('kirill-orlov'))).toEqual(['technopolis-zone', 'automation-agency']);
    expect(registry.organizationsOf('unknown')).toEqual([]);
  });

  it('agrees both ways for every person and organization', () => {
    const pairs = (a: [string, string][]) => a.map((p) => p.join(' ∈ ')).sort();
    const fromPeople = registry.people('fr').flatMap((p) => registry.organizationsOf(p.id).map((o): [string, string] => [p.id, o.id]));
    const fromOrgs = registry.organizations('fr').flatMap((o) => registry.membersOf(o.id, 'fr').map((p): [string, string] => [p.id, o.id]));
    expect(fromPeople).toHaveLength(7);
    expect(pairs(fromOrgs)).toEqual(pairs(fromPeople));
  });
});

describe('appearances and quotes', () => {
  it('lists the stories a person speaks in, newest first, with the role and quotes of each', () => {
    const appearances = registry.appearancesOf('yuri-shanin', 'en');
    expect(appearances.map((a) => [a.article.storyId, a.role, a.quotes.map((q) => [q.anchor, q.kind])])).toEqual([
      [
        'plant-batteries',
        'founder of Volga Batteries and head of the new plant',
        [
          ['quote-1', 'quote'],
          ['quote-3', 'said'],
        ],
      ],
      ['forum-robotics', 'chief executive of Volga Batteries', [['quote-2', 'said']]],
    ]);
    expect(appearances.flatMap((a) => a.quotes).every((q) => q.speaker === 'yuri-shanin')).toBe(true);
  });

  it('keeps to the language asked for', () => {
    const appearances = registry.appearancesOf('yuri-shanin', 'fr');
    expect(appearances.map((a) => [a.article.storyId, a.article.locale, a.role])).toEqual([
      ['plant-batteries', 'fr', 'fondateur de Volga Batteries et directeur de la nouvelle usine'],
    ]);
    expect(appearances[0]?.quotes.map((q) => q.text)).toEqual(['Les premières cellules sortiront de la ligne au printemps.', 'compte recruter sur place']);
    expect(registry.appearancesOf('ada-novak', 'fr')).toEqual([]);
    expect(registry.appearancesOf('unknown', 'en')).toEqual([]);
  });

  it("gives a person's quotes newest story first, in document order, each with its article", () => {
    const quotesBy = (id: string, locale: Locale) =>
      registry.appearancesOf(id, locale).flatMap(({ article: a, quotes }) => quotes.map((quote) => [a.storyId, quote.anchor, quote.text]));
    expect(quotesBy('yuri-shanin', 'en')).toEqual([
      ['plant-batteries', 'quote-1', 'The first cells will leave the line in spring.'],
      ['plant-batteries', 'quote-3', 'expects to hire locally'],
      ['forum-robotics', 'quote-2', 'his company would double its output'],
    ]);
    expect(quotesBy('unknown', 'en')).toEqual([]);
  });
});

describe('stories mentioning an organization', () => {
  it('lists them newest first, in the language asked for', () => {
    expect(stories(registry.storiesMentioning('acme-robotics', 'en'))).toEqual(['zone-tax-breaks', 'apprentices-drive', 'forum-robotics']);
    expect(stories(registry.storiesMentioning('acme-robotics', 'fr'))).toEqual(['zone-tax-breaks']);
    expect(registry.storiesMentioning('acme-robotics', 'fr').every((a) => a.locale === 'fr')).toBe(true);
    expect(registry.storiesMentioning('ecole-etoile', 'en')).toEqual([]);
  });
});

describe('related stories', () => {
  it('ranks two shared speakers (4) above three shared organizations (3), then newest on a tie', () => {
    // From A: B shares yuri + elodie = 4; C shares 3 organizations = 3 (2025-09-20);
    // D shares ada + acme = 3 (2025-09-15).
    expect(stories(registry.relatedStories(article('forum-robotics', 'en')))).toEqual(['plant-batteries', 'zone-tax-breaks', 'apprentices-drive']);
  });

  it('breaks a tie on score and date by title in the language', () => {
    // From D every other story scores 3; B and C share 2025-09-20, and "A tax break…" < "Battery plant…".
    expect(stories(registry.relatedStories(article('apprentices-drive', 'en')))).toEqual(['zone-tax-breaks', 'plant-batteries', 'forum-robotics']);
  });

  it('never includes the article itself nor its translation, and honours the limit', () => {
    const related = registry.relatedStories(article('plant-batteries', 'en'));
    // C shares nothing with B: left out rather than ranked last.
    expect(stories(related)).toEqual(['forum-robotics', 'apprentices-drive']);
    expect(stories(registry.relatedStories(article('forum-robotics', 'en'), 2))).toEqual(['plant-batteries', 'zone-tax-breaks']);
    expect(registry.relatedStories(article('forum-robotics', 'en'), 0)).toEqual([]);
  });

  it('is empty when no story in the language shares anything', () => {
    // In French only B and C exist, and they share no speaker and no organization.
    expect(registry.relatedStories(article('plant-batteries', 'fr'))).toEqual([]);
    expect(registry.relatedStories(article('zone-tax-breaks', 'fr'))).toEqual([]);
  });
});

describe('topics', () => {
  it('lists every topic alphabetically in the language, used or not', () => {
    expect(ids(registry.topics('fr'))).toEqual(['automation', 'skills', 'energy', 'industry']); // Compétences < Énergie
    expect(ids(registry.topics('en'))).toEqual(['automation', 'energy', 'industry', 'skills']);
  });

  it('lists the stories tagged with a topic, newest first, in the language asked for', () => {
    expect(stories(registry.storiesTagged('industry', 'en'))).toEqual(['zone-tax-breaks', 'plant-batteries', 'apprentices-drive', 'forum-robotics']);
    expect(stories(registry.storiesTagged('industry', 'fr'))).toEqual(['zone-tax-breaks', 'plant-batteries']);
    expect(stories(registry.storiesTagged('skills', 'en'))).toEqual(['apprentices-drive']);
    expect(registry.storiesTagged('skills', 'fr')).toEqual([]);
    expect(registry.storiesTagged('automation', 'en')).toEqual([]);
    expect(registry.topic('energy')?.name).toEqual({ fr: 'Énergie', en: 'Energy' });
    expect(registry.topic('nope')).toBeUndefined();
  });
});

describe('events', () => {
  it('lists events most recent first, and those an organization organised or is associated with', () => {
    expect(ids(registry.events())).toEqual(['battery-summit', 'valmont-expo']);
    // The council organised the Valmont fair and is associated with the battery summit.
    expect(ids(registry.eventsRelatedTo('city-council'))).toEqual(['battery-summit', 'valmont-expo']);
    expect(registry.event('battery-summit')?.organizers).toEqual(['automation-agency']);
    expect(registry.event('battery-summit')?.associatedOrganizations).toEqual(['city-council']);
    expect(ids(registry.eventsRelatedTo('automation-agency'))).toEqual(['battery-summit']);
    expect(registry.eventsRelatedTo('acme-robotics')).toEqual([]);
  });

  it('dates an event the sources do not date by when it was reported, and sorts it by its newest report', () => {
    const event = (id: string, date: string | undefined, reportedOn: string[]): NewsEvent => ({
      id,
      slug: { fr: id, en: id },
      name: { fr: id, en: id },
      location: { fr: 'Valmont', en: 'Valmont' },
      ...(date ? { date } : {}),
      reportedOn,
      organizers: [],
      associatedOrganizations: [],
    });
    const events = [
      event('dated', '2025-09', []),
      event('reported', undefined, ['2025-08-30', '2025-10-01']),
      event('unreported', undefined, []),
      event('older', '2025-06-02', ['2025-06-03']),
    ];
    const site = createSite({ ...content, events: new Map(events.map((e) => [e.id, e])) }, () => ({}));
    expect(ids(site.events())).toEqual(['reported', 'dated', 'older', 'unreported']);
    // In the fixture, the Valmont fair is reported by its stories' sources.
    expect(registry.event('valmont-expo')?.reportedOn).toEqual(
      [...new Set(['forum-robotics', 'apprentices-drive'].map((id) => article(id, 'en').source.date))].sort(),
    );
  });

  it('lists the stories about an event, its sessions in order of first report, and who spoke there', () => {
    expect(stories(registry.storiesAbout('valmont-expo', 'en'))).toEqual(['apprentices-drive', 'forum-robotics']);
    expect(registry.sessionsOf('valmont-expo', 'en')).toEqual(['Robots in the city', 'Training the next engineers']);
    const speakers = registry.speakersAt('valmont-expo', 'en');
    expect(speakers.map(({ person, appearance }) => [person.id, appearance.article.storyId])).toEqual([
      // Ada Novak spoke in both: her newest story there gives her role.
      ['ada-novak', 'apprentices-drive'],
      ['elodie-martin', 'forum-robotics'],
      ['jules-andre', 'apprentices-drive'],
      ['kirill-orlov', 'apprentices-drive'],
      ['yuri-shanin', 'forum-robotics'],
    ]);
  });

  it('is empty for an event with no story in the language', () => {
    expect(registry.storiesAbout('valmont-expo', 'fr')).toEqual([]);
    expect(registry.sessionsOf('valmont-expo', 'fr')).toEqual([]);
    expect(registry.speakersAt('valmont-expo', 'fr')).toEqual([]);
    expect(registry.storiesAbout('battery-summit', 'en')).toEqual([]);
    expect(registry.event('nope')).toBeUndefined();
  });
});

describe('versions', () => {
  it("finds a story's version in a language, undefined when it has none", () => {
    expect(registry.versions('plant-batteries').fr?.locale).toBe('fr');
    expect(registry.versions('forum-robotics').fr).toBeUndefined();
    expect(registry.versions('nope').en).toBeUndefined();
    expect(Object.keys(registry.translations(article('plant-batteries', 'fr')))).toEqual(['en']);
  });
});

describe('findMentions', () => {
  it('finds a person by either spelling, whatever the language of the text', () => {
    const text = 'Iouri Chanine, ou Yuri Shanin selon la graphie.';
    expect(covered(text, registry.findMentions(text))).toEqual([
      ['person', 'yuri-shanin', 'Iouri Chanine'],
      ['person', 'yuri-shanin', 'Yuri Shanin'],
    ]);
  });

  it('ignores case, accents and typography, and points into the original text', () => {
    const text = 'ELODIE MARTIN et élodie\nmartin visitent l’ecole de l’ETOILE puis la ZONE ECONOMIQUE SPECIALE TECHNOPOLIS.';
    expect(covered(text, registry.findMentions(text))).toEqual([
      ['person', 'elodie-martin', 'ELODIE MARTIN'],
      ['person', 'elodie-martin', 'élodie\nmartin'],
      ['organization', 'ecole-etoile', 'ecole de l’ETOILE'],
      ['organization', 'technopolis-zone', 'ZONE ECONOMIQUE SPECIALE TECHNOPOLIS'],
    ]);
  });

  it('keeps offsets right around decomposed accents, a final one included', () => {
    // É and é written as a letter followed by a combining acute accent.
    const text = 'Avec E\u0301lodie Martin et Jules Andre\u0301.';
    expect(covered(text, registry.findMentions(text))).toEqual([
      ['person', 'elodie-martin', 'E\u0301lodie Martin'],
      ['person', 'jules-andre', 'Jules Andre\u0301'],
    ]);
  });

  it('matches whole words only', () => {
    const text = 'Adam and the Adamant crew met ADA, then Acmeville and Technopolisville.';
    expect(covered(text, registry.findMentions(text))).toEqual([['organization', 'automation-agency', 'ADA']]);
  });

  it('prefers the longest spelling and never overlaps', () => {
    const text = 'Ada Novak of Acme Robotics toured the Technopolis Special Economic Zone; Technopolis and Ada welcomed her.';
    const mentions = registry.findMentions(text);
    expect(covered(text, mentions)).toEqual([
      ['person', 'ada-novak', 'Ada Novak'],
      ['organization', 'acme-robotics', 'Acme Robotics'],
      ['organization', 'technopolis-zone', 'Technopolis Special Economic Zone'],
      ['organization', 'technopolis-zone', 'Technopolis'],
      ['organization', 'automation-agency', 'Ada'],
    ]);
    mentions.slice(1).forEach((m, i) => expect(m.start).toBeGreaterThanOrEqual(mentions[i]?.end ?? Infinity));
  });

  it('leaves out a spelling two entities share, since it cannot say which is meant', () => {
    const kirill = content.people.get('kirill-orlov');
    if (!kirill) throw new Error('fixture has no kirill-orlov');
    const people = new Map(content.people).set('kirill-orlov', { ...kirill, spellings: [...kirill.spellings, 'Acme'] });
    const ambiguous = createSite({ ...content, people } satisfies SiteData, () => ({}));
    const text = 'Acme and Kirill Orlov and Acme Robotics.';
    expect(covered(text, ambiguous.findMentions(text))).toEqual([
      ['person', 'kirill-orlov', 'Kirill Orlov'],
      ['organization', 'acme-robotics', 'Acme Robotics'],
    ]);
  });

  it('finds nothing in a text that names no one', () => {
    expect(registry.findMentions('Nothing to see here.')).toEqual([]);
    expect(registry.findMentions('')).toEqual([]);
  });
});

describe('the site over content/', () => {
  const site = getSite();

  it("gives Dmitry Shanin's appearance in the forum story with the role it states", () => {
    const appearances = site.appearancesOf('dmitry-shanin', 'en');
    expect(appearances.map((a) => [a.article.storyId, a.role])).toEqual([['brics-cloud-cities-forum-2025', 'chief executive of Geltek-Medika']]);
    expect(appearances[0]?.quotes.length).toBeGreaterThan(0);
    expect(appearances[0]?.quotes.every((q) => q.speaker === 'dmitry-shanin')).toBe(true);
  });

  it('lists the members of the Moscow investment department', () => {
    expect(ids(site.membersOf('moscow-investment-industrial-policy-department', 'fr'))).toEqual(['olga-vidanova', 'polina-pavlova']);
  });

  it('finds the French spelling in English text and the full name of the zone', () => {
    const text = 'Dmitry Chanine toured the Technopolis Moscow Special Economic Zone.';
    expect(covered(text, site.findMentions(text))).toEqual([
      ['person', 'dmitry-shanin', 'Dmitry Chanine'],
      ['organization', 'technopolis-moscow', 'Technopolis Moscow Special Economic Zone'],
    ]);
  });

  it('is built once for the content set', () => {
    expect(getSite()).toBe(site);
  });
});
