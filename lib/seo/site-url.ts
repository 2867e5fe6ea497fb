/*
 * The site's public address, the one base of every absolute URL in metadata, the sitemap and
 * robots.txt. Set `SITE_URL` (e.g. `https://example.org`) when building: pages, the sitemap and
 * robots.txt are all static, so the value present at build time is the one they carry.
 */

export const DEFAULT_SITE_URL = 'http://localhost:3000';

/** Characters a path may keep without any escaping in HTML attributes or XML (no `&`, quotes, `<`). */
const SAFE_PATH = /^[A-Za-z0-9\-._~/%]*$/;

/**
 * `SITE_URL` (else `http://localhost:3000`), normalized and without a trailing slash. Read on
 * each call, so tests and builds see the current environment. Throws a clear error when it is
 * not an absolute http(s) URL: a wrong base would put wrong canonical URLs on every page.
 */
export function siteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const fail = (why: string): never => {
    throw new Error(`SITE_URL: "${raw}" ${why} — set it to the site's absolute address, e.g. SITE_URL=https://example.org`);
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('is not an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') fail(`uses ${url.protocol} (only http: and https: are allowed)`);
  if (url.username || url.password) fail('must not contain credentials');
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) fail('must not contain a query or a fragment');
  if (!SAFE_PATH.test(url.pathname)) fail('has a path with characters that would need escaping');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Absolute URL of a site path (`/fr/articles/x` → `https://example.org/fr/articles/x`). */
export function absoluteUrl(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`absoluteUrl: "${path}" is not a site path (it must start with a single /)`);
  return `${siteUrl()}${path}`;
}
