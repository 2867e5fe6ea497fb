import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { getTranslations } from 'next-intl/server';
import { formatDate, languageName } from '@/lib/format';
import { articlePath, homePath, litePath, switchLanguagePath } from '@/lib/i18n/paths';
import { routing, type Locale } from '@/lib/i18n/routing';
import { languageAlternates } from '@/lib/seo/alternates';
import { absoluteUrl } from '@/lib/seo/site-url';
import { entityKinds, getSite } from '@/lib/site';
import type { Article } from '@/lib/site/types';
import { LITE_STYLESHEET } from './lite-style';

/*
 * The lite version of a story: one HTML document, no script, no image, no external stylesheet
 * or font, small enough to arrive in the first round trip of a slow connection. It is built
 * from the same article the full page renders (the Model's sanitized body, passages and quote
 * anchors included) as a hast tree, serialized by hast-util-to-html: every text is escaped by
 * the serializer, and the body goes in as the sanitizer left it. Route handlers serve it
 * (app/[locale]/articles/[slug]/lite-route.ts): an App Router page would bring Next's scripts.
 */

/** Paths of a story's lite versions, from its translation-map entry. */
export function litePaths(versions: Partial<Record<Locale, { slug: string }>>): Partial<Record<Locale, string>> {
  return Object.fromEntries(routing.locales.flatMap((l) => (versions[l] ? [[l, litePath(l, versions[l].slug)]] : [])));
}

const link = (href: string, text: string, properties: Record<string, string> = {}) => h('a', { href, ...properties }, text);

/** Speakers (name, this story's role), organizations (names), as compact lists linking to their pages (at their slugs in `locale`). */
async function people(article: Article, locale: Locale): Promise<Element[]> {
  const site = getSite();
  const speakers = await getTranslations({ locale, namespace: 'SpeakersSidebar' });
  const organizations = await getTranslations({ locale, namespace: 'OrganizationsSidebar' });
  const speakerItems = article.speakers.flatMap(({ id, role }) => {
    const person = site.person(id);
    return person ? [h('li', [link(entityKinds.people.path(locale, person), person.name[locale]), `, ${role}`])] : [];
  });
  const orgs = [...new Set(article.organizations)].flatMap((id) => site.organization(id) ?? []);
  const orgItems: (Element | string)[] = orgs.flatMap((org, i) => [...(i ? [', '] : []), link(entityKinds.organizations.path(locale, org), org.name[locale])]);
  return [
    ...(speakerItems.length ? [h('aside', { ariaLabelledBy: 'speakers' }, [h('h2', { id: 'speakers' }, speakers('heading')), h('ul', speakerItems)])] : []),
    ...(orgItems.length
      ? [h('aside', { ariaLabelledBy: 'organizations' }, [h('h2', { id: 'organizations' }, organizations('heading')), h('p', orgItems)])]
      : []),
  ];
}

/** The source credit, as the full page gives it: the publisher with what it is (content/publishers.yaml), the date, the headline, the link. */
async function sourceCredit(article: Article, locale: Locale): Promise<Element> {
  const t = await getTranslations({ locale, namespace: 'ArticlePage' });
  const lite = await getTranslations({ locale, namespace: 'LitePage' });
  const { source } = article;
  return h('section', { className: ['source'], ariaLabelledBy: 'source' }, [
    h('h2', { id: 'source' }, t('sourceHeading')),
    h('p', [
      lite('source', { publisher: source.publisher.name, description: source.publisher.description, date: formatDate(source.date, locale) }),
      ...(source.title ? [' — ', h('span', { lang: source.language }, source.title)] : []),
    ]),
    h('p', [
      link(source.url, t('sourceLink', { language: languageName(source.language ?? article.original, locale) }), {
        rel: 'noopener',
        ...(source.language ? { hrefLang: source.language } : {}),
      }),
    ]),
  ]);
}

/** The switcher: the other languages' lite versions through `/switch-language` (no script), each written in its language. */
async function languageLinks(locale: Locale, paths: Partial<Record<Locale, string>>): Promise<Element> {
  const t = await getTranslations({ locale, namespace: 'LanguageSwitcher' });
  const items = await Promise.all(
    routing.locales
      .filter((other) => other !== locale)
      .map(async (other) => {
        const target = paths[other];
        if (target)
          return h('li', { lang: other }, [
            link(switchLanguagePath(target), (await getTranslations({ locale: other, namespace: 'LitePage' }))('readIn'), { hrefLang: other, rel: 'nofollow' }),
          ]);
        const tOther = await getTranslations({ locale: other, namespace: 'LanguageSwitcher' });
        return h('li', { lang: other }, [
          `${tOther('unavailable')} `,
          link(switchLanguagePath(homePath(other)), tOther('homeInstead'), { hrefLang: other, rel: 'nofollow' }),
        ]);
      }),
  );
  return h('nav', { ariaLabel: t('label') }, [h('ul', { className: ['nav'] }, items)]);
}

/** The whole document of the lite version of `article`, and the stylesheet it carries inline. */
export async function liteArticleDocument(article: Article): Promise<{ html: string; stylesheet: string }> {
  const { locale } = article;
  const site = getSite();
  const t = await getTranslations({ locale, namespace: 'LitePage' });
  const page = await getTranslations({ locale, namespace: 'ArticlePage' });
  const siteName = (await getTranslations({ locale, namespace: 'Metadata' }))('siteName');
  const versions = site.versions(article.storyId);
  const paths = litePaths(versions);
  const full = articlePath(locale, article.slug);
  const section = site.section(article.section)?.name[locale];
  const date = h('time', { dateTime: article.date }, formatDate(article.date, locale));

  const head = h('head', [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', `${t('metaTitle', { title: article.title })} — ${siteName}`),
    h('meta', { name: 'description', content: article.standfirst }),
    // The full page is the one to index; the lite versions point to each other.
    h('link', { rel: 'canonical', href: absoluteUrl(full) }),
    ...Object.entries(languageAlternates(paths, locale)).map(([lang, href]) => h('link', { rel: 'alternate', hrefLang: lang, href })),
    // The 370-byte SVG icon, so the browser does not fetch the 15 KB favicon.ico instead.
    h('link', { rel: 'icon', href: '/icon.svg', type: 'image/svg+xml' }),
    h('style', LITE_STYLESHEET),
  ]);

  const skip = (await getTranslations({ locale, namespace: 'Layout' }))('skipToContent');
  const body = h('body', [
    h('a', { href: '#main', className: ['skip'] }, skip),
    h('header', [link(homePath(locale), siteName), await languageLinks(locale, paths)]),
    h('main', { id: 'main', tabIndex: -1 }, [
      h('article', [
        h('p', { className: ['kicker'] }, [section ? `${section} · ` : '', t('kicker')]),
        h('h1', article.title),
        h('p', { className: ['standfirst'] }, article.standfirst),
        h('p', { className: ['meta'] }, [`${article.location}, `, date]),
        ...(article.updated ? [h('p', { className: ['meta'] }, page('updated', { date: formatDate(article.updated, locale) }))] : []),
        h('p', { className: ['meta', 'nav'] }, [link(full, t('fullVersion'))]),
        h('div', { className: ['body'] }, [{ type: 'raw', value: article.html }]),
        ...(await people(article, locale)),
        await sourceCredit(article, locale),
      ]),
    ]),
    h('footer', { className: ['nav'] }, [link(full, t('fullVersion')), link(homePath(locale), t('home'))]),
  ]);

  const tree: Root = { type: 'root', children: [{ type: 'doctype' }, h('html', { lang: locale }, [head, body])] };
  return { html: toHtml(tree, { allowDangerousHtml: true }), stylesheet: LITE_STYLESHEET };
}
