import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownAnswerHeaders, readAccessLog, renderNginxConfig } from '@/deploy/nginx';
import { MAX_ACCEPT_LANGUAGE_LENGTH } from '@/lib/i18n/negotiate';
import { HTML_CACHE_CONTROL, NON_HTML_CSP, NOT_FOUND_CACHE_CONTROL, SECURITY_HEADERS } from '@/lib/security/policy';
import { INTERNAL_RESPONSE_HEADERS } from '@/lib/security/request-guard';

/*
 * The nginx config of docs/deployment.md (deploy/nginx.conf.template). nginx itself runs it in
 * tests/e2e/reliability/; here, what the renderer guarantees and what the config must say.
 */

const config = renderNginxConfig({ listen: '127.0.0.1:8080', upstreams: ['10.0.0.11:3000', '10.0.0.12:3000'], user: 'www-data' });
/** Values of a one-line directive, wherever it appears (comments left out). */
const directives = (name: string) => [...config.matchAll(new RegExp(`^\\s*${name} ([^;{#\\n]*);`, 'gm'))].map((m) => m[1]);

describe('deploy/nginx.conf.template', () => {
  it('renders one upstream server per instance, the listen address and the user, and nothing unfilled', () => {
    expect(directives('server')).toEqual(['10.0.0.11:3000 max_fails=1 fail_timeout=5s', '10.0.0.12:3000 max_fails=1 fail_timeout=5s']);
    expect(directives('listen')).toEqual(['127.0.0.1:8080']);
    expect(directives('user')).toEqual(['www-data']);
    expect(config).not.toMatch(/\$\{/);
  });

  it('refuses values that would end a directive or add one, and a config with no instance', () => {
    for (const upstream of ['10.0.0.11:3000; include /etc/passwd', '10.0.0.11:3000\n}', 'a b']) {
      expect(() => renderNginxConfig({ listen: '80', upstreams: [upstream], user: 'www-data' })).toThrow(/not a plain/);
    }
    expect(() => renderNginxConfig({ listen: '80', upstreams: [], user: 'www-data' })).toThrow(/at least one/);
  });

  it("caches by the app's Cache-Control alone, serves stale while refreshing or failing, retries only idempotent requests", () => {
    expect(directives('proxy_cache_valid')).toEqual([]);
    expect(directives('proxy_cache_use_stale')).toEqual(['updating error timeout http_500 http_502 http_503 http_504']);
    expect(directives('proxy_cache_background_update')).toEqual(['on']);
    expect(directives('proxy_cache_lock')).toEqual(['on']);
    expect(directives('proxy_next_upstream')[0]).toBe('error timeout http_502 http_503 http_504');
    for (const value of directives('proxy_next_upstream')) expect(value).not.toMatch(/non_idempotent/);
    // The pages' policy is one nginx understands: s-maxage and stale-while-revalidate.
    expect(HTML_CACHE_CONTROL).toMatch(/s-maxage=\d+/);
    expect(HTML_CACHE_CONTROL).toMatch(/stale-while-revalidate=\d+/);
  });

  it('reads Accept-Language as far as the app does, and sends no more of it', () => {
    const map = /map \$http_accept_language \$bounded_accept_language \{\s*"~\^\(\?<(\w+)>\[\^\\n\]\{0,(\d+)\}\)" \$(\w+);\s*\}/.exec(config);
    expect(map, 'the map that cuts Accept-Language').not.toBeNull();
    expect(Number(map?.[2])).toBe(MAX_ACCEPT_LANGUAGE_LENGTH);
    expect(map?.[3]).toBe(map?.[1]);
    expect(directives('proxy_set_header')).toContain('Accept-Language $bounded_accept_language');
  });

  it("stores no answer that varies on the reader's language or cookie, and sends on none of Next's internal headers", () => {
    expect(directives('proxy_no_cache')).toEqual(['$varies_on_reader']);
    expect(config).toMatch(/map \$upstream_http_vary \$varies_on_reader \{\s*"~\*\(\?:accept-language\|cookie\)" 1;\s*default "";\s*\}/);
    const hidden = directives('proxy_hide_header').map((name) => name?.toLowerCase());
    expect(hidden.slice().sort()).toEqual([...INTERNAL_RESPONSE_HEADERS].sort());
  });

  it("answers 404 itself at /_next/image, with the site's headers, asking no instance", () => {
    const location = /location \^~ \/_next\/image \{([^}]*)\}/.exec(config)?.[1] ?? '';
    expect(location).toMatch(/^\s*return 404;$/m);
    expect(location).not.toMatch(/proxy_pass/);
    const added = Object.fromEntries([...location.matchAll(/add_header (\S+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]));
    expect(added).toEqual({ ...SECURITY_HEADERS, 'Content-Security-Policy': NON_HTML_CSP, 'Cache-Control': NOT_FOUND_CACHE_CONTROL });
    expect(ownAnswerHeaders()).toEqual(added);
  });

  it('serves nothing from disk, so every page keeps the CSP headers the app gives it', () => {
    expect(directives('root')).toEqual([]);
    expect(directives('try_files')).toEqual([]);
    expect(directives('alias')).toEqual([]);
    expect(directives('server_tokens')).toEqual(['off']);
  });
});

describe('readAccessLog', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'deploy-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads which instances were tried and what the cache did', () => {
    mkdirSync(path.join(dir, 'logs'));
    writeFileSync(
      path.join(dir, 'logs', 'access.log'),
      [
        '1795884111.702 200 GET "/fr" cache=HIT upstream=- upstream_status=- rt=0.000',
        '1795884111.800 200 GET "/fr/recherche?q=a" cache=MISS upstream=127.0.0.1:3410, 127.0.0.1:3411 upstream_status=502, 200 rt=0.050',
      ].join('\n'),
    );
    expect(readAccessLog(dir)).toEqual([
      { time: 1795884111.702, status: 200, method: 'GET', uri: '/fr', cache: 'HIT', upstreams: [], upstreamStatuses: [] },
      {
        time: 1795884111.8,
        status: 200,
        method: 'GET',
        uri: '/fr/recherche?q=a',
        cache: 'MISS',
        upstreams: ['127.0.0.1:3410', '127.0.0.1:3411'],
        upstreamStatuses: ['502', '200'],
      },
    ]);
  });
});
