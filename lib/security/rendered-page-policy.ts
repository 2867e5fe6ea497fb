import type { ServerResponse } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, deflateSync, gzipSync, inflateSync, gunzipSync } from 'node:zlib';
import { scriptsAfterFirstPaint } from '@/lib/delivery/scripts-after-paint';
import { holdHeadUntilComplete, onResponseHead, type RequestHook } from '../server/request-hooks';
import { pagePolicy } from './inline-scripts';
import { HTML_CACHE_CONTROL, NOT_FOUND_CACHE_CONTROL } from './policy';

/*
 * Pages rendered after the build — an archive story's page on its first request, then from
 * Next's cache — get what the build step gives prerendered pages (finalize-build.ts): their
 * framework scripts moved behind the first paint, a Content-Security-Policy with the hashes of
 * their own inline scripts, and the pages' Cache-Control instead of Next's year-long one. Such a
 * page is the HTML response with no policy of its own: its head is held back until its HTML is
 * complete, then the page is finished as the build would have finished it. Files rendered after
 * the build (an entity's feeds) likewise get the short shared cache the build step gives them.
 */

/**
 * What Next sends with a response it rendered after the build and keeps: a year in shared
 * caches, for content that changes with every build.
 */
const isNextYearLong = (value: unknown) => /^s-maxage=31536000\b/.test(String(value ?? ''));

const isHtml = (res: ServerResponse) => /^text\/html\b/i.test(String(res.getHeader('content-type') ?? ''));

/** The Cache-Control of a page of this status: the pages', or the 404 page's. */
export const pageCacheControl = (status: number) => (status === 404 ? NOT_FOUND_CACHE_CONTROL : HTML_CACHE_CONTROL);

/** A page's HTML as the build would have left it, and its policy. */
export function finishRenderedPage(html: string): { html: string; policy: string } {
  let finished = html;
  try {
    finished = scriptsAfterFirstPaint(html);
  } catch {
    // Markup the build step would have refused: served as Next wrote it, scripts and all (the
    // policy allows exactly its own scripts), rather than not at all.
  }
  return { html: finished, policy: pagePolicy(finished).policy };
}

/** Undoes and redoes the compression Next applied to a body (it compresses as it writes, before this hook sees the bytes). */
const codings: Record<string, { decode: (b: Buffer) => Buffer; encode: (b: Buffer) => Buffer }> = {
  gzip: { decode: gunzipSync, encode: gzipSync },
  br: { decode: brotliDecompressSync, encode: brotliCompressSync },
  deflate: { decode: inflateSync, encode: deflateSync },
};

/** The request hook: a GET answered with an HTML page that has no policy is finished before it is sent. */
export const renderedPagePolicy: RequestHook = (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  onResponseHead(res, (head) => {
    if (!isHtml(head) && isNextYearLong(head.getHeader('cache-control'))) head.setHeader('Cache-Control', HTML_CACHE_CONTROL);
  });
  // A HEAD answer has no body to finish: the guard gives it the strictest policy.
  if (req.method !== 'GET') return false;
  holdHeadUntilComplete(
    res,
    (head) => isHtml(head) && !head.hasHeader('content-security-policy') && (head.statusCode === 200 || head.statusCode === 404),
    (done, body) => {
      const coding = codings[String(done.getHeader('content-encoding') ?? '').toLowerCase()];
      const { html, policy } = finishRenderedPage((coding ? coding.decode(body) : body).toString('utf8'));
      done.setHeader('Content-Security-Policy', policy);
      done.setHeader('Cache-Control', pageCacheControl(done.statusCode));
      const finished = Buffer.from(html, 'utf8');
      return coding ? coding.encode(finished) : finished;
    },
  );
  return false;
};
