import type {
  BreadcrumbListLeaf,
  EventLeaf,
  Graph,
  IdReference,
  ImageObjectLeaf,
  NewsArticleLeaf,
  NewsMediaOrganizationLeaf,
  OrganizationLeaf,
  PersonLeaf,
  QuotationLeaf,
  WithContext,
} from 'schema-dts';
import type { ArticleBody, ArticleSummary, NewsEvent, Organization, Person } from '@/lib/site/types';
import { articlePath, entityPath, homePath } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { SITE_IMAGES } from './site-images';
import { absoluteUrl } from './site-url';

/*
 * schema.org structured data (JSON-LD), as pure functions over the domain types: article pages
 * (NewsArticle + BreadcrumbList) and entity pages (Person, Organization, Event). Every node
 * that more than one page talks about has one stable `@id` (`jsonLdId`), so a person mentioned
 * in a story and the person's own page are the same node for a search engine.
 */

/**
 * Stable `@id`s. People, organizations and events are named after their page in the default
 * language, at its slug there (`…/fr/intervenants/dmitry-chanine#person`), whatever the language
 * of the page that mentions them: the id names the thing, not one language's page about it.
 * Articles are per version.
 */
export const jsonLdId = {
  publisher: () => `${absoluteUrl('/')}#publisher`,
  person: (person: Pick<Person, 'slug'>) => `${absoluteUrl(entityPath('people', routing.defaultLocale, person))}#person`,
  organization: (org: Pick<Organization, 'slug'>) => `${absoluteUrl(entityPath('organizations', routing.defaultLocale, org))}#organization`,
  event: (event: Pick<NewsEvent, 'slug'>) => `${absoluteUrl(entityPath('events', routing.defaultLocale, event))}#event`,
  article: (locale: Locale, slug: string) => `${absoluteUrl(articlePath(locale, slug))}#article`,
} as const;

/** The site's logo for structured data (512 × 512 PNG: see site-images.ts). */
export const SITE_LOGO_PATH = SITE_IMAGES.logo.path;

/** The site as an organization: the author and the publisher of every story. */
export interface SiteInfo {
  /** `Metadata.siteName` in the page's language. */
  name: string;
  /** Site path of the logo (e.g. `/icon.svg`). */
  logoPath: string;
}

/** The publisher node, in full. */
export function publisherJsonLd(site: SiteInfo, locale: Locale): NewsMediaOrganizationLeaf {
  const logo: ImageObjectLeaf = { '@type': 'ImageObject', url: absoluteUrl(site.logoPath) };
  return {
    '@type': 'NewsMediaOrganization',
    '@id': jsonLdId.publisher(),
    name: site.name,
    url: absoluteUrl(homePath(locale)),
    logo,
  };
}

/** A reference to a person: enough to name them, the `@id` ties it to their page. */
export function personRef(person: Person, locale: Locale): PersonLeaf {
  return { '@type': 'Person', '@id': jsonLdId.person(person), name: person.name[locale] };
}

export function organizationRef(org: Organization, locale: Locale): OrganizationLeaf {
  return { '@type': 'Organization', '@id': jsonLdId.organization(org), name: org.name[locale] };
}

function articleRef(article: ArticleSummary): NewsArticleLeaf {
  return {
    '@type': 'NewsArticle',
    '@id': jsonLdId.article(article.locale, article.slug),
    headline: article.title,
    url: absoluteUrl(articlePath(article.locale, article.slug)),
    inLanguage: article.locale,
  };
}

/** Other spellings a reader may search for (the other languages' names, aliases), without the shown name. */
function alternateNames(shown: string, spellings: readonly string[]): string[] | undefined {
  const others = [...new Set(spellings)].filter((s) => s !== shown);
  return others.length ? others : undefined;
}

/**
 * Event details shared by a story's `about` and the event's own page. `organizers`: only those a
 * source states; no start date unless a source gives one (the date of a report is not the event's).
 */
function eventNode(event: NewsEvent, locale: Locale, organizers: readonly Organization[]): EventLeaf {
  return {
    '@type': 'Event',
    '@id': jsonLdId.event(event),
    name: event.name[locale],
    // `YYYY-MM` or `YYYY-MM-DD`: both are ISO 8601 dates, as precise as the sources.
    ...(event.date ? { startDate: event.date } : {}),
    location: { '@type': 'Place', name: event.location[locale], address: event.location[locale] },
    ...(organizers.length ? { organizer: organizers.map((o) => organizationRef(o, locale)) } : {}),
  };
}

/* Entity pages. */

export interface PersonPageData {
  /** The organizations the person belongs to, main one first (`registry.organizationsOf`). */
  organizations?: readonly Organization[];
  /** Stories of the page's language where the person speaks (`registry.appearancesOf`). */
  articles?: readonly ArticleSummary[];
}

/** `Person` of a person's page in `locale`. */
export function personJsonLd(person: Person, locale: Locale, { organizations = [], articles = [] }: PersonPageData = {}): WithContext<PersonLeaf> {
  const url = absoluteUrl(entityPath('people', locale, person));
  const alternateName = alternateNames(person.name[locale], person.spellings);
  return {
    '@context': 'https://schema.org',
    ...personRef(person, locale),
    ...(alternateName ? { alternateName } : {}),
    jobTitle: person.role[locale],
    url,
    mainEntityOfPage: url,
    ...(organizations.length ? { affiliation: organizations.map((o) => organizationRef(o, locale)) } : {}),
    ...(articles.length ? { subjectOf: articles.map(articleRef) } : {}),
  };
}

export interface OrganizationPageData {
  /** People who belong to it (`registry.membersOf`). */
  members?: readonly Person[];
  /** Stories of the page's language that mention it (`registry.storiesMentioning`). */
  articles?: readonly ArticleSummary[];
}

/** `Organization` of an organization's page in `locale`. */
export function organizationJsonLd(
  org: Organization,
  locale: Locale,
  { members = [], articles = [] }: OrganizationPageData = {},
): WithContext<OrganizationLeaf> {
  const url = absoluteUrl(entityPath('organizations', locale, org));
  const alternateName = alternateNames(org.name[locale], org.spellings);
  return {
    '@context': 'https://schema.org',
    ...organizationRef(org, locale),
    ...(alternateName ? { alternateName } : {}),
    description: org.description[locale],
    url,
    mainEntityOfPage: url,
    ...(members.length ? { member: members.map((p) => personRef(p, locale)) } : {}),
    ...(articles.length ? { subjectOf: articles.map(articleRef) } : {}),
  };
}

export interface EventPageData {
  /** The organizations a source states organised it (`event.organizers`, resolved). */
  organizers?: readonly Organization[];
  /** Stories of the page's language reporting from it. */
  articles?: readonly ArticleSummary[];
}

/** `Event` of an event's page in `locale`. */
export function eventJsonLd(event: NewsEvent, locale: Locale, { organizers = [], articles = [] }: EventPageData = {}): WithContext<EventLeaf> {
  const url = absoluteUrl(entityPath('events', locale, event));
  return {
    '@context': 'https://schema.org',
    ...eventNode(event, locale, organizers),
    url,
    mainEntityOfPage: url,
    ...(articles.length ? { subjectOf: articles.map(articleRef) } : {}),
  };
}

/* ArticleSummary pages. */

/** What an article's structured data says beyond the article itself, resolved by the caller. */
export interface ArticleContext {
  site: SiteInfo;
  /** Section name in the article's language. */
  section: string;
  /** Topic names in the article's language. */
  topics: readonly string[];
  /** The speakers, in front-matter order. */
  people: readonly Person[];
  /** The organizations, in front-matter order. */
  organizations: readonly Organization[];
  /** The event it reports from, with the organizers a source states. */
  event?: { event: NewsEvent; organizers: readonly Organization[] };
  /** The story's other language versions (from the translation map). */
  translations: readonly ArticleSummary[];
  /** Site path of the article's social image. */
  imagePath: string;
}

/** `NewsArticle` of one language version of a story. */
export function newsArticleJsonLd(article: ArticleSummary & Pick<ArticleBody, 'quotes'>, ctx: ArticleContext): NewsArticleLeaf {
  const { locale } = article;
  const url = absoluteUrl(articlePath(locale, article.slug));
  const publisher = publisherJsonLd(ctx.site, locale);
  const idRef = (node: { '@id'?: string }): IdReference => ({ '@id': node['@id'] ?? '' });
  // Words in quotation marks only: reported speech (`:said`) is the story's paraphrase, not a quotation.
  const speakers = new Map(ctx.people.map((p) => [p.id, p]));
  const quotations = article.quotes
    .filter((q) => q.kind === 'quote')
    .map((q): QuotationLeaf => {
      const speaker = speakers.get(q.speaker);
      return {
        '@type': 'Quotation',
        text: q.text,
        url: `${url}#${q.anchor}`,
        inLanguage: locale,
        ...(speaker ? { creator: idRef({ '@id': jsonLdId.person(speaker) }) } : {}),
      };
    });
  // The original names its translations; a translation names its original.
  const original = ctx.translations.find((t) => t.locale === article.original);
  const translationLinks =
    article.original === locale
      ? ctx.translations.length
        ? { workTranslation: ctx.translations.map((t) => idRef({ '@id': jsonLdId.article(t.locale, t.slug) })) }
        : {}
      : original
        ? { translationOfWork: idRef({ '@id': jsonLdId.article(original.locale, original.slug) }) }
        : {};

  return {
    '@type': 'NewsArticle',
    '@id': jsonLdId.article(locale, article.slug),
    url,
    mainEntityOfPage: url,
    headline: article.title,
    description: article.standfirst,
    inLanguage: locale,
    datePublished: article.date,
    dateModified: article.updated ?? article.date,
    image: absoluteUrl(ctx.imagePath),
    articleSection: ctx.section,
    ...(ctx.topics.length ? { keywords: [...ctx.topics] } : {}),
    wordCount: article.wordCount,
    locationCreated: { '@type': 'Place', name: article.location },
    author: [{ '@type': 'NewsMediaOrganization', '@id': publisher['@id'], name: ctx.site.name, url: publisher.url }],
    publisher,
    isBasedOn: {
      '@type': 'NewsArticle',
      url: article.source.url,
      ...(article.source.title ? { headline: article.source.title } : {}),
      datePublished: article.source.date,
      ...(article.source.language ? { inLanguage: article.source.language } : {}),
      publisher: { '@type': 'Organization', name: article.source.publisher.name, description: article.source.publisher.description },
    },
    ...(ctx.event ? { about: eventNode(ctx.event.event, locale, ctx.event.organizers) } : {}),
    mentions: [...ctx.people.map((p) => personRef(p, locale)), ...ctx.organizations.map((o) => organizationRef(o, locale))],
    ...(quotations.length ? { hasPart: quotations } : {}),
    ...translationLinks,
  };
}

/** Home → story: where the article sits in the site. */
export function articleBreadcrumbJsonLd(article: ArticleSummary, site: SiteInfo): BreadcrumbListLeaf {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: site.name, item: absoluteUrl(homePath(article.locale)) },
      { '@type': 'ListItem', position: 2, name: article.title, item: absoluteUrl(articlePath(article.locale, article.slug)) },
    ],
  };
}

/** Everything an article page says: its NewsArticle and its breadcrumb, as one graph. */
export function articleJsonLd(article: ArticleSummary & Pick<ArticleBody, 'quotes'>, ctx: ArticleContext): Graph {
  return { '@context': 'https://schema.org', '@graph': [newsArticleJsonLd(article, ctx), articleBreadcrumbJsonLd(article, ctx.site)] };
}

/* Serialization. */

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of `<script type="application/ld+json">`: `<`, `>` and `&` become `\u`
 * escapes, so no text in the data (a headline with `</script>`, `<!--`) can end the script
 * or open markup, and U+2028/U+2029 are escaped for any JavaScript consumer. The result is
 * still the same JSON value.
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new Error('serializeJsonLd: nothing to serialize');
  return json.replace(/[<>&\u2028\u2029]/g, (ch) => UNSAFE_IN_SCRIPT[ch] ?? ch);
}
