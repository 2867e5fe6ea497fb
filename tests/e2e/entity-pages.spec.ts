import { expect, test, type Page } from '@playwright/test';
import {
  articlePath,
  entityIndexPath,
  entityPath,
  entitySegments,
  escapeRegExp,
  events,
  formatDate,
  locales,
  organization,
  organizations,
  otherLocale,
  people,
  person,
  reportedOn,
  storiesIn,
  t,
  tCount,
  topics,
  typeset,
  type EntityKind,
  type Locale,
} from './content';

/*
 * The people, organizations, topics and events pages in both languages: what a reader finds
 * on each, where the switcher goes, and the 404s around them. Expectations come from content/.
 */

/** A value the content must provide for the test to mean anything: missing, the test fails. */
function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(what);
  return value;
}

const byName = (locale: Locale) => (a: { name: Record<Locale, string> }, b: { name: Record<Locale, string> }) =>
  new Intl.Collator(locale).compare(a.name[locale], b.name[locale]);

/** The language switcher's link to the other language, followed: lands on the same entity there. */
async function expectSwitcherTo(page: Page, locale: Locale, target: string) {
  const other = otherLocale(locale);
  const switcher = page.getByRole('navigation', { name: t(locale, 'LanguageSwitcher.label') }).getByRole('link', { name: t(other, 'LanguageSwitcher.readIn') });
  await switcher.click();
  await expect(page).toHaveURL(target);
  await expect(page.locator('html')).toHaveAttribute('lang', other);
}

const monthYear = (date: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 7)}-01T00:00:00Z`),
  );

for (const locale of locales) {
  const other = otherLocale(locale);
  const stories = storiesIn(locale);

  test.describe(`entity pages in ${locale}`, () => {
    test('speakers index: everyone, alphabetically in this language, with role and organization', async ({ page }) => {
      await page.goto(entityIndexPath('speakers', locale));
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'PeopleIndex.title'));
      const sorted = [...people.values()].sort(byName(locale));
      await expect(main.getByRole('heading', { level: 2 })).toHaveText(sorted.map((p) => p.name[locale]));
      for (const p of sorted) {
        await expect(main.getByRole('link', { name: p.name[locale], exact: true })).toHaveAttribute('href', entityPath('speakers', locale, p));
        await expect(main).toContainText(typeset(p.role[locale]));
        const org = p.organizations[0];
        if (org)
          await expect(main.getByRole('link', { name: typeset(organization(org).name[locale], { whole: true }) }).first()).toHaveAttribute(
            'href',
            entityPath('organizations', locale, organization(org)),
          );
      }
      await expectSwitcherTo(page, locale, entityIndexPath('speakers', other));
    });

    for (const p of people.values()) {
      test(`person page: ${p.id}`, async ({ page }) => {
        await page.goto(entityPath('speakers', locale, p));
        const main = page.getByRole('main');
        await expect(main.getByRole('heading', { level: 1 })).toHaveText(p.name[locale]);
        if (p.name[other] !== p.name[locale]) {
          await expect(main.locator(`[lang="${other}"]`, { hasText: p.name[other] })).toBeVisible();
        }
        await expect(main).toContainText(typeset(p.role[locale]));
        // "Organisation" for one, "Organisations" for several.
        if (p.organizations.length > 0)
          await expect(main.getByRole('term').nth(1)).toHaveText(tCount(locale, 'PersonPage.organizations', p.organizations.length));
        for (const org of p.organizations) {
          await expect(main.getByRole('link', { name: typeset(organization(org).name[locale], { whole: true }) })).toHaveAttribute(
            'href',
            entityPath('organizations', locale, organization(org)),
          );
        }
        const appearances = stories.filter((s) => s.speakers.some((sp) => sp.id === p.id));
        const list = main.getByRole('region', { name: t(locale, 'PersonPage.appearances') });
        await expect(list.getByRole('heading', { level: 3 })).toHaveText(appearances.map((s) => typeset(s.title, { whole: true })));
        for (const story of appearances) {
          await expect(list.getByRole('link', { name: typeset(story.title, { whole: true }) })).toHaveAttribute('href', articlePath(story));
          // The role this story gave them.
          await expect(list).toContainText(typeset(story.speakers.find((sp) => sp.id === p.id)?.role ?? ''));
        }
        if (appearances.length === 0) await expect(list).toContainText(t(locale, 'PersonPage.noAppearances'));
        await expectSwitcherTo(page, locale, entityPath('speakers', other, p));
      });
    }

    test("a statement on a person's page leads to its place in the story", async ({ page }) => {
      const story = required(
        stories.find((s) => s.speakers.length > 0),
        'content has no story with speakers',
      );
      const speaker = story.speakers[0]!;
      await page.goto(entityPath('speakers', locale, person(speaker.id)));
      const readInStory = t(locale, 'PersonPage.inStory').replace(/<hidden>.*<\/hidden>/, '');
      const toStatement = page
        .getByRole('main')
        .getByRole('region', { name: t(locale, 'PersonPage.appearances') })
        .getByRole('link', { name: new RegExp(`^${escapeRegExp(readInStory)}`) })
        .first();
      const href = await toStatement.getAttribute('href');
      expect(href).toMatch(new RegExp(`^${escapeRegExp(articlePath(story))}#quote-\\d+$`));
      // The link carries the statement's anchor, and that address opens the story at it.
      await toStatement.click();
      await expect(page).toHaveURL(new RegExp(`^[^#]*${escapeRegExp(articlePath(story))}(?:#|$)`));
      await page.goto(href!);
      const statement = page.locator(`#${href!.split('#')[1]}`);
      await expect(statement).toHaveAttribute('data-speaker', speaker.id);
      await expect(statement).toBeInViewport();
    });

    test('organizations index and pages: description, people, stories', async ({ page }) => {
      await page.goto(entityIndexPath('organizations', locale));
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'OrganizationsIndex.title'));
      const sorted = [...organizations.values()].sort(byName(locale));
      await expect(main.getByRole('heading', { level: 2 })).toHaveText(sorted.map((o) => typeset(o.name[locale], { whole: true })));
      await expectSwitcherTo(page, locale, entityIndexPath('organizations', other));

      for (const org of organizations.values()) {
        await page.goto(entityPath('organizations', locale, org));
        await expect(main.getByRole('heading', { level: 1 })).toHaveText(typeset(org.name[locale], { whole: true }));
        await expect(main.getByRole('region', { name: t(locale, 'OrganizationPage.about') })).toContainText(typeset(org.description[locale]));
        const members = [...people.values()].filter((p) => p.organizations.includes(org.id)).sort(byName(locale));
        const peopleRegion = main.getByRole('region', { name: t(locale, 'OrganizationPage.people') });
        if (members.length === 0) await expect(peopleRegion).toContainText(t(locale, 'OrganizationPage.noPeople'));
        else await expect(peopleRegion.getByRole('link')).toHaveText(members.map((p) => p.name[locale]));
        // Events it organised or is associated with: "related events", never "events organised" for an associated one.
        const related = [...events.values()].filter((e) => e.organizers.includes(org.id) || e.associatedOrganizations.includes(org.id));
        const eventsRegion = main.getByRole('region', { name: t(locale, 'OrganizationPage.events') });
        if (related.length === 0) await expect(eventsRegion).toHaveCount(0);
        else await expect(eventsRegion.getByRole('link')).toHaveText(related.map((e) => e.name[locale]));
        const mentioning = stories.filter((s) => s.organizations.includes(org.id));
        const storyRegion = main.getByRole('region', { name: t(locale, 'OrganizationPage.stories') });
        if (mentioning.length === 0) await expect(storyRegion).toContainText(t(locale, 'OrganizationPage.noStories'));
        else await expect(storyRegion.getByRole('heading', { level: 3 })).toHaveText(mentioning.map((s) => typeset(s.title, { whole: true })));
      }
    });

    test('topic pages: the localized name and the stories tagged with it', async ({ page }) => {
      await page.goto(entityIndexPath('topics', locale));
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(t(locale, 'TopicsIndex.title'));
      for (const topic of topics.values())
        await expect(main.getByRole('link', { name: topic.name[locale], exact: true })).toHaveAttribute('href', entityPath('topics', locale, topic));

      const story = required(
        stories.find((s) => s.tags.length > 0),
        'content has no tagged story',
      );
      // From the story's topic list to the topic page.
      await page.goto(articlePath(story));
      const tag = topics.get(story.tags[0]!)!;
      const topicName = tag.name[locale];
      await page
        .getByRole('region', { name: t(locale, 'ArticlePage.topics') })
        .getByRole('link', { name: topicName, exact: true })
        .click();
      await expect(page).toHaveURL(entityPath('topics', locale, tag));
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(topicName);
      const tagged = stories.filter((s) => s.tags.includes(tag.id));
      await expect(main.getByRole('heading', { level: 2 })).toHaveText(tagged.map((s) => typeset(s.title, { whole: true })));
      await expectSwitcherTo(page, locale, entityPath('topics', other, tag));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(tag.name[other]);
    });

    for (const event of events.values()) {
      test(`event page: ${event.id}`, async ({ page }) => {
        await page.goto(entityPath('events', locale, event));
        const main = page.getByRole('main');
        await expect(main.getByRole('heading', { level: 1 })).toHaveText(event.name[locale]);
        await expect(main).toContainText(event.location[locale]);
        const facts = main.getByRole('definition');
        const terms = main.getByRole('term');
        if (event.date) {
          await expect(terms.filter({ hasText: t(locale, 'EventPage.when') })).toHaveCount(1);
          await expect(main.locator('time').first()).toHaveText(monthYear(event.date, locale));
        } else {
          // No date of our own making: when it was reported, from its stories' sources.
          await expect(terms.filter({ hasText: t(locale, 'EventPage.when') })).toHaveCount(0);
          const [first] = reportedOn(event);
          if (first) await expect(main).toContainText(`${locale === 'fr' ? 'Compte rendu publié le' : 'Reported on'} ${formatDate(first, locale)}`);
        }
        // Organisers the content states apart from organisations merely associated with the event.
        const organizersTerm = terms.filter({ hasText: t(locale, 'EventPage.organizers') });
        await expect(organizersTerm).toHaveCount(event.organizers.length ? 1 : 0);
        const associatedTerm = terms.filter({ hasText: tCount(locale, 'EventPage.associated', event.associatedOrganizations.length) });
        await expect(associatedTerm).toHaveCount(event.associatedOrganizations.length ? 1 : 0);
        for (const org of [...event.organizers, ...event.associatedOrganizations]) {
          await expect(facts.getByRole('link', { name: typeset(organization(org).name[locale], { whole: true }) })).toHaveAttribute(
            'href',
            entityPath('organizations', locale, organization(org)),
          );
        }
        const reports = stories.filter((s) => s.event === event.id);
        for (const session of new Set(reports.flatMap((s) => s.session ?? []))) await expect(main).toContainText(typeset(session));
        const speakerIds = [...new Set(reports.flatMap((s) => s.speakers.map((sp) => sp.id)))];
        const speakers = main.getByRole('region', { name: t(locale, 'EventPage.speakers') });
        if (speakerIds.length)
          await expect(speakers.getByRole('link')).toHaveText(
            speakerIds
              .map(person)
              .sort(byName(locale))
              .map((p) => p.name[locale]),
          );
        const storyRegion = main.getByRole('region', { name: t(locale, 'EventPage.stories') });
        if (reports.length === 0) await expect(storyRegion).toContainText(t(locale, 'EventPage.noStories'));
        else await expect(storyRegion.getByRole('heading', { level: 3 })).toHaveText(reports.map((s) => typeset(s.title, { whole: true })));
        await expectSwitcherTo(page, locale, entityPath('events', other, event));
      });
    }

    test('the article leads to its event, speakers and organizations', async ({ page }) => {
      const story = required(
        stories.find((s) => s.event),
        'content has no story from an event',
      );
      await page.goto(articlePath(story));
      await page.getByRole('link', { name: t(locale, 'ArticlePage.eventLink') }).click();
      await expect(page).toHaveURL(entityPath('events', locale, events.get(story.event!)!));
      await page.goto(articlePath(story));
      const speaker = person(story.speakers[0]!.id);
      await page
        .getByRole('complementary', { name: t(locale, 'SpeakersSidebar.heading') })
        .getByRole('link', { name: speaker.name[locale], exact: true })
        .click();
      await expect(page).toHaveURL(entityPath('speakers', locale, speaker));
      await page.goto(articlePath(story));
      const org = organization(story.organizations[0]!);
      await page
        .getByRole('complementary', { name: t(locale, 'OrganizationsSidebar.heading') })
        .getByRole('link', { name: typeset(org.name[locale], { whole: true }) })
        .click();
      await expect(page).toHaveURL(entityPath('organizations', locale, org));
    });

    test('"more on these people and organisations" lists the others or says there are none', async ({ page }) => {
      const story = stories[0]!;
      await page.goto(articlePath(story));
      const related = page.getByRole('region', { name: t(locale, 'RelatedStories.heading') });
      const sharing = stories.filter(
        (s) =>
          s.storyId !== story.storyId &&
          (s.speakers.some((a) => story.speakers.some((b) => a.id === b.id)) || s.organizations.some((o) => story.organizations.includes(o))),
      );
      if (sharing.length === 0) await expect(related).toContainText(t(locale, 'RelatedStories.empty'));
      else await expect(related.getByRole('heading', { level: 3 })).toHaveCount(Math.min(5, sharing.length));
    });
  });

  test.describe(`entity 404s in ${locale}`, () => {
    const someone = [...people.values()][0]!.slug[locale];
    // A slug of the other language that is no address in this one (`/en/speakers/dmitry-chanine`).
    const foreignSlug = [...people.values()]
      .map((p) => p.slug[other])
      .find((slug) => ![...people.values()].some((p) => p.slug[locale] === slug || p.id === slug));
    const unknown = (Object.keys(entitySegments) as EntityKind[]).flatMap((kind) => [
      `${entityIndexPath(kind, locale)}/nobody-by-that-id`,
      `${entityIndexPath(kind, locale)}/${someone.toUpperCase()}`,
      // The other language's word for the same pages is not a page in this language (unless
      // both languages spell it alike: `organisations`).
      ...(entitySegments[kind][other] === entitySegments[kind][locale]
        ? []
        : [`/${locale}/${entitySegments[kind][other]}`, `/${locale}/${entitySegments[kind][other]}/${someone}`]),
    ]);
    if (foreignSlug) unknown.push(`${entityIndexPath('speakers', locale)}/${foreignSlug}`);
    for (const path of unknown) {
      test(`${path} is a localized 404, complete without JavaScript`, async ({ request }) => {
        const response = await request.get(path);
        expect(response.status()).toBe(404);
        const html = await response.text();
        expect(html).toMatch(new RegExp(`<html[^>]*\\slang="${locale}"`));
        expect(html).toContain(t(locale, 'NotFoundPage.title'));
      });
    }
  });
}
