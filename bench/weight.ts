/*
 * Page weight of an article page, fetched from the running `next start`: HTML, CSS and the
 * JavaScript a current browser loads (see page-assets.ts), `nomodule` polyfills apart, fonts
 * (the site uses system font stacks: expected 0), raw and gzip.
 */
import type { BuildPoint } from './build';
import { fontsInCss, GZIP_LEVEL, JS_BUDGET_GZIP_BYTES, JS_GOAL_GZIP_BYTES, pageAssets, sized, total, type Sized } from './page-assets';
import { log } from './util';

export interface WeightRow {
  kind: string;
  files: number;
  raw: number;
  gzip: number;
}

export interface WeightResult {
  path: string;
  gzipLevel: number;
  rows: WeightRow[];
  files: { html: Sized; css: Sized[]; js: Sized[]; nomodule: Sized[]; fonts: Sized[] };
  totals: { js: { raw: number; gzip: number }; page: { raw: number; gzip: number } };
  /** What the budget test enforced when measured (a ratchet: JS_BUDGET_GZIP_BYTES). */
  jsBudgetBytes: number;
  /** The goal: a bare App Router page's JavaScript (the figure bench/bare.ts measures). */
  jsGoalBytes: number;
  /** Part of the HTML that is inline React flight data (`self.__next_f.push`), raw bytes. */
  inlineFlightDataBytes: number;
  /** Raw bytes of JSON-LD `<script type="application/ld+json">` in the HTML. */
  jsonLdBytes: number;
}

async function get(url: string): Promise<Uint8Array> {
  const res = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function benchWeight(base: string, build: BuildPoint): Promise<WeightResult> {
  const path = `/en/articles/${build.sample.slug.en}`;
  log(`weight: ${path}`);
  const htmlBytes = await get(`${base}${path}`);
  const html = new TextDecoder().decode(htmlBytes);
  const assets = pageAssets(html);
  const fetchAll = (urls: string[]) => Promise.all(urls.map(async (u) => sized(u, await get(new URL(u, base).href))));
  const css = await fetchAll(assets.stylesheets);
  const cssTexts = await Promise.all(assets.stylesheets.map(async (u) => new TextDecoder().decode(await get(new URL(u, base).href))));
  const fontUrls = [...new Set([...assets.fontPreloads, ...cssTexts.flatMap(fontsInCss)])];
  const fonts = await fetchAll(fontUrls);
  const js = await fetchAll(assets.scripts);
  const nomodule = await fetchAll(assets.nomoduleScripts);
  const htmlSized = sized(path, htmlBytes);

  const flight = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((s, m) => s + Buffer.byteLength(m[0]), 0);
  const jsonLd = [...html.matchAll(/<script type="application\/ld\+json"[^>]*>.*?<\/script>/gs)].reduce((s, m) => s + Buffer.byteLength(m[0]), 0);

  const row = (kind: string, list: Sized[]): WeightRow => ({ kind, files: list.length, ...total(list) });
  const pageList = [htmlSized, ...css, ...js, ...fonts];
  const rows = [
    row('HTML', [htmlSized]),
    row('CSS', css),
    row('JavaScript (loaded by current browsers)', js),
    row('Fonts', fonts),
    row('Whole page (HTML + CSS + JS + fonts)', pageList),
    row('nomodule polyfills (skipped by current browsers)', nomodule),
  ];
  return {
    path,
    gzipLevel: GZIP_LEVEL,
    rows,
    files: { html: htmlSized, css, js, nomodule, fonts },
    totals: { js: total(js), page: total(pageList) },
    jsBudgetBytes: JS_BUDGET_GZIP_BYTES,
    jsGoalBytes: JS_GOAL_GZIP_BYTES,
    inlineFlightDataBytes: flight,
    jsonLdBytes: jsonLd,
  };
}
