import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finalizeBuild } from '@/lib/security/finalize-build';
import { executableInlineScripts, pagePolicy, scriptHash } from '@/lib/security/inline-scripts';
import { contentSecurityPolicy, HTML_CACHE_CONTROL, NON_HTML_CSP, NOT_FOUND_CACHE_CONTROL, SEARCH_PAGE_CSP, SECURITY_HEADERS } from '@/lib/security/policy';
import { cookiesRule, cspRule, observatoryScan, type ScannedResponse } from '../support/observatory';
import { tempRoot } from './support/content-fixtures';

const headersOf = (record: Record<string, string>): ScannedResponse['headers'] =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k.toLowerCase(), [v]]));

describe('inline scripts and their hashes', () => {
  it('hashes the text as the browser does (UTF-8, CR LF read as LF)', () => {
    // The empty script's hash, as printed by browsers in CSP violation messages.
    expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(scriptHash('a\r\nb\rc')).toBe(scriptHash('a\nb\nc'));
    expect(scriptHash('é')).not.toBe(scriptHash('e'));
  });

  it('keeps executable inline scripts only: not src=, not JSON-LD or other data blocks', () => {
    const html = [
      '<script src="/_next/static/a.js" async=""></script>',
      '<script>self.__next_f.push([0])</script>',
      '<script id="_R_">boot()</script>',
      '<script type="application/ld+json">{"@context":"https://schema.org"}</script>',
      '<script type="module">mod()</script>',
      "<script type='text/javascript'>old()</script>",
      '<script type="importmap">{}</script>',
      '<SCRIPT>upper()</SCRIPT >',
    ].join('');
    expect(executableInlineScripts(html).map((s) => s.text)).toEqual(['self.__next_f.push([0])', 'boot()', 'mod()', 'old()', 'upper()']);
  });

  it('a page policy lists each distinct hash once, after self', () => {
    const { policy, hashes } = pagePolicy('<script>a()</script><script>a()</script><script>b()</script>');
    expect(hashes).toEqual([scriptHash('a()'), scriptHash('b()')]);
    expect(policy).toContain(`script-src 'self' ${hashes.join(' ')};`);
  });
});

describe('policies', () => {
  it('no page policy allows inline script or eval, every one sets frame-ancestors and base-uri', () => {
    for (const policy of [contentSecurityPolicy([scriptHash('x')]), SEARCH_PAGE_CSP, NON_HTML_CSP]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|strict-dynamic|\bdata:|\*/);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("base-uri 'none'");
      expect(policy).toMatch(/^default-src 'none'/);
    }
    expect(SEARCH_PAGE_CSP).toContain("script-src 'none'");
  });

  it('HTML is shared-cacheable briefly, 404s for less, never for a year', () => {
    expect(HTML_CACHE_CONTROL).toMatch(/public/);
    expect(HTML_CACHE_CONTROL).toMatch(/s-maxage=300/);
    expect(HTML_CACHE_CONTROL).toMatch(/stale-while-revalidate=\d+/);
    expect(NOT_FOUND_CACHE_CONTROL).toMatch(/s-maxage=60\b/);
  });
});

describe('finalize-build writes each prerendered response its headers', () => {
  const { root, remove } = tempRoot('finalize-');
  afterAll(remove);
  const app = path.join(root, 'server', 'app');
  mkdirSync(path.join(app, 'en'), { recursive: true });
  const write = (file: string, text: string) => writeFileSync(path.join(app, file), text);
  write('en.html', '<html><head><script>one()</script></head><body><script type="application/ld+json">{}</script></body></html>');
  write('en.meta', JSON.stringify({ headers: { 'x-nextjs-prerender': '1', 'Content-Security-Policy': 'stale' } }));
  write('en/page-not-found.html', '<script>two()</script>');
  write('en/page-not-found.meta', JSON.stringify({ status: 404, headers: {} }));
  write('_global-error.html', '<script>three()</script>');
  write('_global-error.meta', JSON.stringify({}));
  write('en/feed.xml.body', '<rss/>');
  write('en/feed.xml.meta', JSON.stringify({ headers: { 'content-type': 'application/rss+xml' } }));
  write('icon.svg.body', '<svg/>');
  write('icon.svg.meta', JSON.stringify({ headers: { 'cache-control': 'public, max-age=0, must-revalidate' } }));
  // A route handler's HTML with its own policy (the lite pages).
  const litePolicy = "default-src 'none'; script-src 'none'; style-src 'sha256-abc='";
  write('en/lite.body', '<!doctype html><style>p{}</style><p>x</p>');
  write(
    'en/lite.meta',
    JSON.stringify({ headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': litePolicy, 'cache-control': HTML_CACHE_CONTROL } }),
  );
  const meta = (file: string) => JSON.parse(readFileSync(path.join(app, file), 'utf8')) as { headers: Record<string, string> };

  it('runs, and running it twice gives the same output', () => {
    const first = finalizeBuild(root);
    const before = readFileSync(path.join(app, 'en.meta'), 'utf8');
    expect(finalizeBuild(root)).toEqual(first);
    expect(readFileSync(path.join(app, 'en.meta'), 'utf8')).toBe(before);
    expect(first).toEqual({ pages: 3, otherResponses: 2, ownPolicies: 1, scripts: 3, distinctHashes: 3 });
  });

  it('pages: their own hashes (replacing any earlier policy), the HTML cache; 404: short; errors: no-store', () => {
    expect(meta('en.meta').headers).toEqual({
      'x-nextjs-prerender': '1',
      'content-security-policy': contentSecurityPolicy([scriptHash('one()')]),
      'cache-control': HTML_CACHE_CONTROL,
    });
    expect(meta('en/page-not-found.meta').headers['cache-control']).toBe(NOT_FOUND_CACHE_CONTROL);
    expect(meta('_global-error.meta').headers['cache-control']).toBe('private, no-store');
  });

  it('other responses: nothing may run; a cache policy only where Next set none', () => {
    expect(meta('en/feed.xml.meta').headers).toMatchObject({ 'content-security-policy': NON_HTML_CSP, 'cache-control': HTML_CACHE_CONTROL });
    expect(meta('icon.svg.meta').headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  });

  it("a route handler's own policy is kept, not replaced by the non-HTML one", () => {
    expect(meta('en/lite.meta').headers).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': litePolicy,
      'cache-control': HTML_CACHE_CONTROL,
    });
  });

  it("also finalizes the copy output: 'standalone' makes of the build", () => {
    const copy = path.join(root, 'standalone', path.basename(root), 'server', 'app');
    mkdirSync(copy, { recursive: true });
    writeFileSync(path.join(copy, 'en.html'), '<script>one()</script>');
    writeFileSync(path.join(copy, 'en.meta'), JSON.stringify({ headers: {} }));
    finalizeBuild(root);
    const { 'x-nextjs-prerender': _, ...policy } = meta('en.meta').headers;
    expect(JSON.parse(readFileSync(path.join(copy, 'en.meta'), 'utf8'))).toEqual({ headers: policy });
  });

  it('completes the standalone folder with the hashed assets, so its server.js serves the whole site', () => {
    mkdirSync(path.join(root, 'static', 'chunks'), { recursive: true });
    writeFileSync(path.join(root, 'static', 'chunks', 'a1b2.js'), 'run()');
    finalizeBuild(root);
    expect(readFileSync(path.join(root, 'standalone', path.basename(root), 'static', 'chunks', 'a1b2.js'), 'utf8')).toBe('run()');
  });

  it('refuses a folder that is not a build', () => {
    expect(() => finalizeBuild(path.join(root, 'nothing'))).toThrow(/run next build first/);
  });
});

describe('every build script finalizes its own build', () => {
  const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
  it('build runs security:finalize last, on the folder next build wrote (both read NEXT_DIST_DIR)', () => {
    expect(scripts.build).toMatch(/&& next build && npm run security:finalize$/);
  });

  it.each(['build:fixture', 'build:xss'])('%s builds into a folder of its own through the build script', (name) => {
    expect(scripts[name]).toMatch(/NEXT_DIST_DIR=\.next-[a-z]+ (?:\S+=\S+ )*npm run build$/);
  });
});

describe('Observatory scoring rules', () => {
  const site: Record<string, string> = { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy([scriptHash('x')]) };

  it("the site's headers score A+ (every rule passes, no penalty)", () => {
    const scan = observatoryScan({ headers: headersOf(site), scriptSources: ['/_next/static/chunks/a.js'] });
    expect(scan.rules.filter((r) => !r.pass)).toEqual([]);
    expect(scan.rules.filter((r) => r.modifier < 0)).toEqual([]);
    expect(scan.grade).toBe('A+');
    // 100 + CSP default-src 'none' 10 + frame-ancestors 5 + Referrer-Policy 5 + CORP 10.
    expect(scan.score).toBe(130);
  });

  it('the search page and other responses score A+ too', () => {
    for (const csp of [SEARCH_PAGE_CSP, NON_HTML_CSP])
      expect(observatoryScan({ headers: headersOf({ ...site, 'Content-Security-Policy': csp }) }).grade).toBe('A+');
  });

  it.each([
    ["script-src 'self' 'unsafe-inline'", 'csp-implemented-with-unsafe-inline', -20],
    ["default-src 'self'; script-src 'self' data:", 'csp-implemented-with-unsafe-inline', -20],
    ["default-src 'self'; object-src *", 'csp-implemented-with-unsafe-inline', -20],
    ["default-src 'self' 'unsafe-eval'", 'csp-implemented-with-unsafe-eval', -10],
    ["default-src 'self'; style-src 'self' 'unsafe-inline'", 'csp-implemented-with-unsafe-inline-in-style-src-only', 0],
    ["default-src 'self'", 'csp-implemented-with-no-unsafe', 5],
    ["default-src 'none'", 'csp-implemented-with-no-unsafe-default-src-none', 10],
    ["default-src 'none'; default-src 'self'", 'csp-header-invalid', -25],
    // A hash makes browsers ignore 'unsafe-inline', and Observatory with them.
    ["default-src 'none'; script-src 'self' 'unsafe-inline' 'sha256-abc='", 'csp-implemented-with-no-unsafe-default-src-none', 10],
  ])('CSP %s → %s (%d)', (csp, result, modifier) => {
    expect(cspRule({ headers: headersOf({ 'Content-Security-Policy': csp }) }, true)).toMatchObject({ result, modifier });
  });

  it('missing headers cost what Observatory says', () => {
    const scan = observatoryScan({ headers: {} });
    const modifiers = Object.fromEntries(scan.rules.map((r) => [r.test, r.modifier]));
    expect(modifiers).toMatchObject({
      'content-security-policy': -25,
      'strict-transport-security': -20,
      'x-content-type-options': -5,
      'x-frame-options': -20,
    });
    expect(scan.score).toBe(30);
    expect(scan.grade).toBe('D');
  });

  it('HSTS under six months is penalised; X-Frame-Options alone passes without the bonus', () => {
    const { 'Content-Security-Policy': _csp, ...rest } = site;
    const scan = observatoryScan({ headers: headersOf({ ...rest, 'Strict-Transport-Security': 'max-age=86400' }) });
    const by = Object.fromEntries(scan.rules.map((r) => [r.test, r]));
    expect(by['strict-transport-security']).toMatchObject({ modifier: -10, pass: false });
    expect(by['x-frame-options']).toMatchObject({ result: 'x-frame-options-sameorigin-or-deny', modifier: 0 });
  });

  it('the language cookie: Secure + SameSite passes with the bonus; without Secure, -5 under HSTS', () => {
    expect(cookiesRule(['NEXT_LOCALE=en; Path=/; Max-Age=31536000; HttpOnly; Secure; SameSite=lax'], true)).toMatchObject({ modifier: 5, pass: true });
    expect(cookiesRule(['NEXT_LOCALE=en; Path=/; SameSite=lax'], true)).toMatchObject({ modifier: -5, pass: false });
    expect(cookiesRule(['sessionid=1; Secure; SameSite=lax'], true)).toMatchObject({ modifier: -30 });
  });
});
