/*
 * A scorer following the published rules of Mozilla's HTTP Observatory (github.com/mdn/
 * mdn-http-observatory: src/analyzer/tests/*.js for each test's outcome, src/grader/charts.js
 * for the points), for the headers this site controls. Used by the unit tests (rules against
 * hand-written header sets) and the browser tests (every page type of the running site).
 *
 * Scoring: start at 100; apply every penalty; only if the result is at least 90, add the
 * bonuses; the grade is read from the score rounded down to a multiple of 5 (100+ is A+).
 *
 * Not modelled: HSTS preload-list membership (+5, needs the live list), the HTTP → HTTPS
 * redirection of the deployment (the front server's job; scored 0 when `/` redirects on the same
 * host, which is all a test on one port can see) and CORS files (crossdomain.xml: none here).
 */

export interface ScannedResponse {
  /** Lower-case header name → every value sent. */
  headers: Record<string, string[]>;
  /** `<meta http-equiv="Content-Security-Policy">` values of the HTML, if any. */
  metaCsp?: string[];
  /** `src` of every `<script>` of the page (same-origin paths or absolute URLs). */
  scriptSources?: string[];
  /** `integrity` present on the page's external scripts. */
  scriptsWithIntegrity?: number;
}

export interface RuleResult {
  test: string;
  result: string;
  modifier: number;
  pass: boolean;
}

export interface Scan {
  score: number;
  grade: string;
  rules: RuleResult[];
}

const header = (r: ScannedResponse, name: string) => r.headers[name.toLowerCase()] ?? [];

type Policy = Map<string, Set<string>>;

/** One CSP policy: directive → sources (lower-cased); throws on a repeated directive, as Observatory does. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const entry of text.split(';')) {
    const [directive, ...sources] = entry.trim().split(/\s+/);
    if (!directive) continue;
    const name = directive.toLowerCase();
    if (policy.has(name) && name !== 'report-uri' && name !== 'report-to') throw new Error(`duplicate directive ${name}`);
    policy.set(name, new Set(sources.length ? sources.map((s) => s.toLowerCase()) : name.endsWith('-src') ? ["'none'"] : []));
  }
  return policy;
}

const BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const hasHashOrNonce = (sources: Set<string>) => [...sources].some((s) => /^'(?:sha256|sha384|sha512|nonce)-/.test(s));

/** Observatory's content-security-policy test, for one header policy (plus optional meta policies, which cannot set frame-ancestors). */
export function cspRule(response: ScannedResponse, https: boolean): RuleResult & { frameAncestorsNone: boolean } {
  const texts = header(response, 'content-security-policy').flatMap((v) => v.split(','));
  const metas = response.metaCsp ?? [];
  const out = (result: string, modifier: number, pass: boolean, frameAncestorsNone = false) => ({
    test: 'content-security-policy',
    result,
    modifier,
    pass,
    frameAncestorsNone,
  });
  if (!texts.length && !metas.length) return out('csp-not-implemented', -25, false);
  let policies: Policy[];
  try {
    policies = [...texts, ...metas].map(parsePolicy);
  } catch {
    return out('csp-header-invalid', -25, false);
  }
  // Several policies are all enforced: a source counts only when every policy naming the directive allows it.
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [directive, sources] of policy) {
      const before = merged.get(directive);
      merged.set(directive, before ? new Set([...before].filter((s) => sources.has(s))) : new Set(sources));
    }
  }
  const headerPolicies = texts.map(parsePolicy);
  const frameAncestors = headerPolicies.find((p) => p.has('frame-ancestors'))?.get('frame-ancestors') ?? new Set(['*']);
  const fallback = (name: string) => new Set(merged.get(name) ?? merged.get('default-src') ?? ['*']);
  const scriptSrc = fallback('script-src');
  const styleSrc = fallback('style-src');
  const objectSrc = fallback('object-src');
  for (const list of [scriptSrc, styleSrc]) if (hasHashOrNonce(list)) list.delete("'unsafe-inline'");
  if (scriptSrc.has("'strict-dynamic'")) {
    if (!hasHashOrNonce(scriptSrc)) return out('csp-header-invalid', -25, false);
    for (const s of [...scriptSrc]) if ([...BROAD].some((b) => s.startsWith(b)) || s === "'self'" || s === "'unsafe-inline'") scriptSrc.delete(s);
  }
  const frameAncestorsNone = ![...frameAncestors].some((s) => BROAD.has(s));
  const activeSources = [...merged]
    .filter(([d]) => d !== 'img-src' && d !== 'media-src' && d !== 'script-src')
    .flatMap(([, s]) => [...s])
    .concat([...scriptSrc]);
  const passiveSources = ['img-src', 'media-src'].flatMap((d) => [...(merged.get(d) ?? merged.get('default-src') ?? [])]);
  if ([...scriptSrc].some((s) => BROAD.has(s) || UNSAFE_INLINE.has(s)) || [...objectSrc].some((s) => BROAD.has(s)))
    return out('csp-implemented-with-unsafe-inline', -20, false, frameAncestorsNone);
  if (https && activeSources.some((s) => s.startsWith('http:') || s.startsWith('ftp:')))
    return out('csp-implemented-with-insecure-scheme', -20, false, frameAncestorsNone);
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'")) return out('csp-implemented-with-unsafe-eval', -10, false, frameAncestorsNone);
  if (https && passiveSources.some((s) => s.startsWith('http:') || s.startsWith('ftp:')))
    return out('csp-implemented-with-insecure-scheme-in-passive-content-only', -10, true, frameAncestorsNone);
  if ([...styleSrc].some((s) => BROAD.has(s) || UNSAFE_INLINE.has(s)))
    return out('csp-implemented-with-unsafe-inline-in-style-src-only', 0, true, frameAncestorsNone);
  const defaultSrc = merged.get('default-src');
  if (defaultSrc?.size === 1 && defaultSrc.has("'none'")) return out('csp-implemented-with-no-unsafe-default-src-none', 10, true, frameAncestorsNone);
  return out('csp-implemented-with-no-unsafe', 5, true, frameAncestorsNone);
}

export function hstsRule(response: ScannedResponse): RuleResult {
  const value = header(response, 'strict-transport-security')[0];
  const rule = (result: string, modifier: number, pass: boolean) => ({ test: 'strict-transport-security', result, modifier, pass });
  if (!value) return rule('hsts-not-implemented', -20, false);
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(value);
  if (!maxAge) return rule('hsts-header-invalid', -20, false);
  return Number(maxAge[1]) >= 15_768_000
    ? rule('hsts-implemented-max-age-at-least-six-months', 0, true)
    : rule('hsts-implemented-max-age-less-than-six-months', -10, false);
}

export function xContentTypeOptionsRule(response: ScannedResponse): RuleResult {
  const value = header(response, 'x-content-type-options')[0]?.trim().toLowerCase();
  const rule = (result: string, modifier: number, pass: boolean) => ({ test: 'x-content-type-options', result, modifier, pass });
  if (value === undefined) return rule('x-content-type-options-not-implemented', -5, false);
  return value === 'nosniff' ? rule('x-content-type-options-nosniff', 0, true) : rule('x-content-type-options-header-invalid', -5, false);
}

export function xFrameOptionsRule(response: ScannedResponse, frameAncestorsNone: boolean): RuleResult {
  const rule = (result: string, modifier: number, pass: boolean) => ({ test: 'x-frame-options', result, modifier, pass });
  // frame-ancestors in a header CSP wins over X-Frame-Options, and scores best.
  if (frameAncestorsNone) return rule('x-frame-options-implemented-via-csp', 5, true);
  const value = header(response, 'x-frame-options')[0]?.trim().toLowerCase();
  if (value === undefined) return rule('x-frame-options-not-implemented', -20, false);
  if (value === 'deny' || value === 'sameorigin') return rule('x-frame-options-sameorigin-or-deny', 0, true);
  if (value.startsWith('allow-from ')) return rule('x-frame-options-allow-from-origin', 0, true);
  return rule('x-frame-options-header-invalid', -20, false);
}

export function referrerPolicyRule(response: ScannedResponse): RuleResult {
  const rule = (result: string, modifier: number, pass: boolean) => ({ test: 'referrer-policy', result, modifier, pass });
  const values = header(response, 'referrer-policy')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase())
    .filter(Boolean);
  if (!values.length) return rule('referrer-policy-not-implemented', 0, true);
  const valid = [
    'no-referrer',
    'same-origin',
    'strict-origin',
    'strict-origin-when-cross-origin',
    'origin',
    'origin-when-cross-origin',
    'unsafe-url',
    'no-referrer-when-downgrade',
  ];
  // Browsers use the last value they understand.
  const effective = [...values].reverse().find((v) => valid.includes(v));
  if (!effective) return rule('referrer-policy-header-invalid', -5, false);
  return valid.indexOf(effective) < 4 ? rule('referrer-policy-private', 5, true) : rule('referrer-policy-unsafe', -5, false);
}

export function corpRule(response: ScannedResponse): RuleResult {
  const rule = (result: string, modifier: number, pass: boolean) => ({ test: 'cross-origin-resource-policy', result, modifier, pass });
  const value = header(response, 'cross-origin-resource-policy')[0]?.trim().toLowerCase();
  if (value === undefined) return rule('corp-not-implemented', 0, true);
  if (value === 'same-origin') return rule('corp-implemented-with-same-origin', 10, true);
  if (value === 'same-site') return rule('corp-implemented-with-same-site', 10, true);
  if (value === 'cross-origin') return rule('corp-implemented-with-cross-origin', 0, true);
  return rule('corp-header-invalid', -5, false);
}

/** Observatory's cookies test (session cookies are named like sessions or tokens). */
export function cookiesRule(setCookies: string[], hsts: boolean): RuleResult {
  const rule = (result: string, modifier: number, pass: boolean) => ({ test: 'cookies', result, modifier, pass });
  if (!setCookies.length) return rule('cookies-not-found', 0, true);
  let worst = rule('cookies-secure-with-httponly-sessions-and-samesite', 5, true);
  const worse = (candidate: RuleResult) => {
    if (candidate.modifier < worst.modifier) worst = candidate;
  };
  for (const cookie of setCookies) {
    const [pair = '', ...attributes] = cookie.split(';').map((s) => s.trim());
    const name = pair.split('=')[0]?.toLowerCase() ?? '';
    const flags = new Map(attributes.map((a) => [a.split('=')[0]?.toLowerCase() ?? '', (a.split('=')[1] ?? '').toLowerCase()]));
    const session = /sess|token|auth/.test(name);
    const sameSite = flags.get('samesite');
    if (sameSite !== undefined && !['strict', 'lax', 'none'].includes(sameSite)) worse(rule('cookies-samesite-flag-invalid', -20, false));
    if (!flags.has('secure')) {
      if (session)
        worse(hsts ? rule('cookies-session-without-secure-flag-but-protected-by-hsts', -10, false) : rule('cookies-session-without-secure-flag', -40, false));
      else worse(hsts ? rule('cookies-without-secure-flag-but-protected-by-hsts', -5, false) : rule('cookies-without-secure-flag', -20, false));
    }
    if (session && !flags.has('httponly')) worse(rule('cookies-session-without-httponly-flag', -30, false));
    if (sameSite === undefined && worst.modifier > 0) worst = rule('cookies-secure-with-httponly-sessions', 0, true);
  }
  return worst;
}

/** Scripts all from this origin with no SRI: 0; SRI on all of them: +5 (external scripts would need it). */
export function sriRule(response: ScannedResponse): RuleResult {
  const sources = response.scriptSources ?? [];
  const rule = (result: string, modifier: number, pass: boolean) => ({ test: 'subresource-integrity', result, modifier, pass });
  if (!sources.length) return rule('sri-not-implemented-but-no-scripts-loaded', 0, true);
  const external = sources.filter((s) => /^(?:[a-z]+:)?\/\//i.test(s));
  if (external.length) return rule('sri-not-implemented-but-external-scripts-loaded-securely', -5, false);
  if (response.scriptsWithIntegrity && response.scriptsWithIntegrity >= sources.length) return rule('sri-implemented-and-all-scripts-loaded-securely', 5, true);
  return rule('sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0, true);
}

export function corsRule(response: ScannedResponse): RuleResult {
  const rule = (result: string, modifier: number, pass: boolean) => ({ test: 'cross-origin-resource-sharing', result, modifier, pass });
  const origin = header(response, 'access-control-allow-origin')[0];
  if (!origin) return rule('cross-origin-resource-sharing-not-implemented', 0, true);
  if (origin.trim() === '*') return rule('cross-origin-resource-sharing-implemented-with-public-access', 0, true);
  return header(response, 'access-control-allow-credentials')[0]?.toLowerCase() === 'true'
    ? rule('cross-origin-resource-sharing-implemented-with-universal-access', -50, false)
    : rule('cross-origin-resource-sharing-implemented-with-restricted-access', 0, true);
}

const GRADES: [number, string][] = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

export function gradeFor(score: number): string {
  const rounded = Math.min(Math.max(score, 0) - (Math.max(score, 0) % 5), 100);
  return GRADES.find(([min]) => rounded >= min)?.[1] ?? 'F';
}

/**
 * Scores a page the way Observatory scores the page a scan lands on. `setCookies` are the
 * cookies set along the way; `redirectsOnSameHost` is false when `/` redirects elsewhere.
 */
export function observatoryScan(page: ScannedResponse, options: { https?: boolean; setCookies?: string[]; redirectsOnSameHost?: boolean } = {}): Scan {
  const csp = cspRule(page, options.https ?? true);
  const hsts = hstsRule(page);
  const rules: RuleResult[] = [
    csp,
    hsts,
    xContentTypeOptionsRule(page),
    xFrameOptionsRule(page, csp.frameAncestorsNone),
    referrerPolicyRule(page),
    corpRule(page),
    cookiesRule(options.setCookies ?? [], hsts.pass),
    sriRule(page),
    corsRule(page),
    options.redirectsOnSameHost === false
      ? { test: 'redirection', result: 'redirection-off-host-from-http', modifier: -5, pass: false }
      : { test: 'redirection', result: 'redirection-to-https', modifier: 0, pass: true },
  ].map(({ test, result, modifier, pass }) => ({ test, result, modifier, pass }));
  let score = 100 + rules.filter((r) => r.modifier < 0).reduce((sum, r) => sum + r.modifier, 0);
  if (score >= 90) score += rules.filter((r) => r.modifier > 0).reduce((sum, r) => sum + r.modifier, 0);
  return { score, grade: gradeFor(score), rules };
}
