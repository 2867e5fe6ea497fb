/*
 * Next's scripts after the first paint. A prerendered App Router page names its framework
 * scripts (`<script src async>` in the head and at the end of the body, and a low-priority
 * `<link rel="preload" as="script">`), so the browser requests them at once, beside the
 * stylesheet the first paint waits for. They arrive while the page is still being laid out,
 * run first (React DOM, the router, hydration: 135 KB gzip), and the page is painted after
 * them. On a slow network the 135 KB also share the line with the HTML and the stylesheet.
 *
 * Every page works without JavaScript (plain links and forms), so nothing the reader sees waits
 * for those scripts: this step removes them from the HTML and adds one small inline loader that
 * inserts the same scripts, `async` as before, once the page has painted its first content
 * (the `first-contentful-paint` entry of the Paint Timing API; where a browser lacks it, the
 * `load` event). Hydration starts a round trip later; the first paint no longer waits for it.
 * Run by the post-build step (finalize-build.ts) before the pages' inline scripts are hashed.
 */

/** Marks the loader, so a page is never rewritten twice. */
const LOADER_MARK = 'data-scripts-after-paint';

/** React's async script tags and Next's script preloads, exactly as they are written. */
const FRAMEWORK_SCRIPT = /<script src="([^"]+)" async=""><\/script>|<link rel="preload" as="script"(?: fetchPriority="(?:low|high|auto)")? href="([^"]+)"\/>/g;

/** The loader for `sources`: ES5, no dependency; `go` runs once. */
function loader(sources: readonly string[]): string {
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  const code =
    `(function(d,s){function go(){go=function(){};s.forEach(function(u){var e=d.createElement('script');e.src=u;e.async=true;d.head.appendChild(e)})}` +
    `var P=window.PerformanceObserver;` +
    `if(P&&P.supportedEntryTypes&&P.supportedEntryTypes.indexOf('paint')>=0){new P(function(l,o){if(l.getEntriesByName('first-contentful-paint').length){o.disconnect();go()}}).observe({type:'paint',buffered:true})}` +
    `else addEventListener('load',function(){go()})})(document,${list})`;
  return `<script ${LOADER_MARK}="">${code}</script>`;
}

/**
 * `html` with its framework scripts loaded after the first paint. Throws when a script would
 * still load with the page (a `src` script in a form this step does not know, other than the
 * `nomodule` polyfill), so a change in Next's output fails the build instead of slipping by.
 */
export function scriptsAfterFirstPaint(html: string): string {
  if (html.includes(LOADER_MARK)) return html;
  const sources: string[] = [];
  // In document order, each once.
  const take = (_whole: string, script: string | undefined, preload: string | undefined) => {
    const url = (script ?? preload ?? '').replace(/&amp;/g, '&');
    if (!sources.includes(url)) sources.push(url);
    return '';
  };
  const rest = html.replace(FRAMEWORK_SCRIPT, take);
  if (!sources.length) return html;
  const early = [...rest.matchAll(/<script\b[^>]*\ssrc=[^>]*>/gi), ...rest.matchAll(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => !/\snoModule=""/i.test(tag) && !/\sas="(?:style|font|image|fetch)"/i.test(tag));
  if (early.length) throw new Error(`scriptsAfterFirstPaint: scripts this step does not know would load with the page: ${early.join(' ')}`);
  const end = rest.lastIndexOf('</body>');
  if (end < 0) throw new Error('scriptsAfterFirstPaint: no </body> in the page');
  return `${rest.slice(0, end)}${loader(sources)}${rest.slice(end)}`;
}
