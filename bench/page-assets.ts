/*
 * What a page loads, read from its HTML: the JavaScript a current browser runs (every
 * `/_next/static/….js` the page names — script tags, preloads and the chunks the inline React
 * flight data asks for at hydration — except `nomodule` scripts, which browsers with ES modules
 * skip), the `nomodule` polyfills apart, the stylesheets, and fonts (preloads and the CSS's
 * `url(….woff2)`). Shared by `npm run bench` (over HTTP) and the JavaScript budget test (over
 * the build output on disk), so both count exactly the same bytes.
 */
import { gzipSync } from 'node:zlib';

/** zlib's default level, the one `next start` compresses with. */
export const GZIP_LEVEL = 6;

/**
 * The goal for an article page's JavaScript: no more than a bare Next.js App Router page (one
 * layout, one server page, nothing else, an empty config), counted the same way: the figure
 * bench/bare.ts measures with next 16.4.6. Every `npm run bench` measures it again, and the
 * report judges the goal against that measurement (docs/performance.md).
 */
export const JS_GOAL_GZIP_BYTES = 134_904;

/**
 * What the budget test enforces on every static page: the exact figure last measured for an
 * article page (every page type loads the same scripts). Above the goal by the language
 * switcher's client component (a chunk of its own) and the async-module support that `next/og`
 * (the social images) puts into Turbopack's browser runtime; the framework chunks are the bare
 * page's. A ratchet: any JavaScript added fails `npm test`; when JavaScript is removed, lower
 * it, down to JS_GOAL_GZIP_BYTES.
 */
export const JS_BUDGET_GZIP_BYTES = 135_653;

/**
 * A lite page (HTML with its inline stylesheet: nothing else to load) must fit TCP's first
 * congestion window, 10 segments of about 1,460 bytes: 14 KB (14,336 bytes) gzip, so a slow
 * connection delivers it in one round trip. Checked on the real story and on a 2,000-word one.
 */
export const LITE_BUDGET_GZIP_BYTES = 14 * 1024;

export interface PageAssets {
  /** Scripts a browser with ES modules loads, in order of first mention. */
  scripts: string[];
  /** `nomodule` scripts: loaded only by browsers without ES modules. */
  nomoduleScripts: string[];
  stylesheets: string[];
  /** Fonts preloaded by the HTML (fonts referenced by CSS come from `fontsInCss`). */
  fontPreloads: string[];
}

const unique = (list: string[]) => [...new Set(list)];
const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
const hasAttr = (tag: string, name: string) => new RegExp(`\\s${name}(?:[\\s=>/]|$)`, 'i').test(tag);

export function pageAssets(html: string): PageAssets {
  const tags = (name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
  const nomoduleScripts = unique(
    tags('script')
      .filter((t) => hasAttr(t, 'nomodule'))
      .flatMap((t) => attr(t, 'src') ?? []),
  );
  const scriptTags = tags('script')
    .filter((t) => !hasAttr(t, 'nomodule'))
    .flatMap((t) => attr(t, 'src') ?? []);
  const links = tags('link');
  const preloaded = links
    .filter((t) => /^(preload|modulepreload)$/i.test(attr(t, 'rel') ?? '') && (attr(t, 'rel')?.toLowerCase() === 'modulepreload' || attr(t, 'as') === 'script'))
    .flatMap((t) => attr(t, 'href') ?? []);
  // Chunks named anywhere else (the flight data is JSON inside inline scripts, quotes escaped).
  const named = html.match(/\/_next\/static\/[^"'\\\s<>]+?\.js\b/g) ?? [];
  const scripts = unique([...scriptTags, ...preloaded, ...named].map((s) => s.replace(/&amp;/g, '&'))).filter((s) => !nomoduleScripts.includes(s));
  const stylesheets = unique([
    ...links.filter((t) => attr(t, 'rel')?.toLowerCase() === 'stylesheet').flatMap((t) => attr(t, 'href') ?? []),
    ...(html.match(/\/_next\/static\/[^"'\\\s<>]+?\.css\b/g) ?? []),
  ]);
  const fontPreloads = unique(links.filter((t) => attr(t, 'rel') === 'preload' && attr(t, 'as') === 'font').flatMap((t) => attr(t, 'href') ?? []));
  return { scripts, nomoduleScripts, stylesheets, fontPreloads };
}

/** Font files a stylesheet asks for (`url(….woff2)` and other font formats). */
export function fontsInCss(css: string): string[] {
  return unique([...css.matchAll(/url\(\s*['"]?([^'")]+\.(?:woff2?|ttf|otf|eot)(?:[?#][^'")]*)?)['"]?\s*\)/gi)].map((m) => m[1] as string));
}

export const gzipSize = (bytes: Uint8Array | string) => gzipSync(bytes, { level: GZIP_LEVEL }).length;

export interface Sized {
  url: string;
  raw: number;
  gzip: number;
}

export function sized(url: string, bytes: Uint8Array): Sized {
  return { url, raw: bytes.length, gzip: gzipSize(bytes) };
}

export const total = (list: readonly Sized[]) => ({ raw: list.reduce((s, x) => s + x.raw, 0), gzip: list.reduce((s, x) => s + x.gzip, 0) });
