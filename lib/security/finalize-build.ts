import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scriptsAfterFirstPaint } from '@/lib/delivery/scripts-after-paint';
import { pagePolicy } from './inline-scripts';
import { HTML_CACHE_CONTROL, NON_HTML_CSP, NOT_FOUND_CACHE_CONTROL, PRIVATE_CACHE_CONTROL } from './policy';

/*
 * Run after `next build` (npm run build does): gives every prerendered response its own
 * Content-Security-Policy and Cache-Control, after moving each page's framework scripts behind
 * its first paint (lib/delivery/scripts-after-paint.ts: the loader is one more inline script,
 * hashed like the others).
 *
 * A static page's inline scripts (React's flight data, Turbopack's bootstrap) are fixed when
 * the page is prerendered, so their hashes can be too. Next keeps each prerendered response as
 * `<path>.html` (or `.body`) plus `<path>.meta`, whose `headers` it sends with the response;
 * this step hashes the inline scripts of each `.html` and writes the policy into its `.meta`.
 * The page stays a static file (no proxy, no rendering per request) and the policy is a real
 * header, with frame-ancestors, for that page only.
 *
 * `npm run security:finalize` (lib/security/finalize-command.ts) runs it on NEXT_DIST_DIR.
 */

interface Meta {
  status?: number;
  headers?: Record<string, string | string[]>;
  [key: string]: unknown;
}

export interface FinalizeResult {
  pages: number;
  otherResponses: number;
  /** Responses of route handlers that set their own Content-Security-Policy, kept. */
  ownPolicies: number;
  /** Inline scripts hashed over all pages, and distinct hashes. */
  scripts: number;
  distinctHashes: number;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** Sets `name` in a `.meta` headers map, replacing any spelling of it. */
function setHeader(headers: Record<string, string | string[]>, name: string, value: string) {
  for (const key of Object.keys(headers)) if (key.toLowerCase() === name) delete headers[key];
  headers[name] = value;
}

const hasHeader = (headers: Record<string, string | string[]>, name: string) => Object.keys(headers).some((key) => key.toLowerCase() === name);

const headerValue = (headers: Record<string, string | string[]>, name: string) => {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value.join(', ') : value;
};

/**
 * Finalizes `<distDir>/server/app`, and the copy `output: 'standalone'` makes of it
 * (`<distDir>/standalone/<distDir name>/server/app`), which `next build` writes before this runs;
 * then completes that standalone folder with the assets and `publicDir`. Counts are those of the
 * build itself.
 */
export function finalizeBuild(distDir: string, publicDir = path.join(path.dirname(distDir), 'public'), carry: readonly string[] = []): FinalizeResult {
  const appDir = path.join(distDir, 'server', 'app');
  if (!existsSync(appDir)) throw new Error(`${appDir} not found: run next build first`);
  const result = finalizeAppDir(appDir);
  const standalone = path.join(distDir, 'standalone', path.basename(distDir), 'server', 'app');
  if (existsSync(standalone)) {
    finalizeAppDir(standalone);
    completeStandalone(distDir, publicDir, carry);
  }
  return result;
}

/**
 * `next build` leaves the hashed assets (`<distDir>/static`) and `public/` out of the standalone
 * folder, expecting a CDN to serve them, and knows nothing of what else the server reads from
 * the build's folder (`carry`: the site's store); they are copied in so that
 * `node <distDir>/standalone/server.js` (what `npm start` and every deployed instance run) serves
 * the whole site by itself, and the folder alone is what a deployment ships (docs/deployment.md).
 * A fresh copy each build: nothing of an earlier build lingers.
 */
function completeStandalone(distDir: string, publicDir: string, carry: readonly string[]) {
  const root = path.join(distDir, 'standalone');
  for (const folder of ['static', ...carry]) {
    const target = path.join(root, path.basename(distDir), folder);
    rmSync(target, { recursive: true, force: true });
    if (existsSync(path.join(distDir, folder))) cpSync(path.join(distDir, folder), target, { recursive: true });
  }
  if (existsSync(publicDir)) {
    rmSync(path.join(root, 'public'), { recursive: true, force: true });
    cpSync(publicDir, path.join(root, 'public'), { recursive: true });
  }
}

function finalizeAppDir(appDir: string): FinalizeResult {
  const result: FinalizeResult = { pages: 0, otherResponses: 0, ownPolicies: 0, scripts: 0, distinctHashes: 0 };
  const allHashes = new Set<string>();

  for (const file of walk(appDir)) {
    const ext = path.extname(file);
    if (ext !== '.html' && ext !== '.body') continue;
    const metaFile = `${file.slice(0, -ext.length)}.meta`;
    if (!existsSync(metaFile)) throw new Error(`${metaFile} missing: the build output is not what this step expects`);
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
    const headers = (meta.headers ??= {});

    if (ext === '.html') {
      const prerendered = readFileSync(file, 'utf8');
      const html = scriptsAfterFirstPaint(prerendered);
      if (html !== prerendered) writeFileSync(file, html);
      const { policy, hashes } = pagePolicy(html);
      hashes.forEach((h) => allHashes.add(h));
      result.scripts += hashes.length;
      result.pages += 1;
      setHeader(headers, 'content-security-policy', policy);
      const isError = path.basename(file) === '_global-error.html' || (meta.status ?? 200) >= 500;
      setHeader(headers, 'cache-control', isError ? PRIVATE_CACHE_CONTROL : meta.status === 404 ? NOT_FOUND_CACHE_CONTROL : HTML_CACHE_CONTROL);
    } else if (![undefined, NON_HTML_CSP].includes(headerValue(headers, 'content-security-policy'))) {
      // A route handler that answers with its own policy (the lite pages: the hash of their one
      // inline stylesheet) knows its response better than this step: kept as it is.
      result.ownPolicies += 1;
    } else {
      result.otherResponses += 1;
      setHeader(headers, 'content-security-policy', NON_HTML_CSP);
      // Metadata images and the icon come with Next's `public, max-age=0, must-revalidate`;
      // feeds, sitemap and robots.txt would otherwise be cached for a year: not hashed, so short.
      if (!hasHeader(headers, 'cache-control')) setHeader(headers, 'cache-control', HTML_CACHE_CONTROL);
    }
    writeFileSync(metaFile, JSON.stringify(meta));
  }
  if (!result.pages) throw new Error(`no prerendered page under ${appDir}`);
  result.distinctHashes = allHashes.size;
  return result;
}
