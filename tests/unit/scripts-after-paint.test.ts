import { describe, expect, it } from 'vitest';
import { scriptsAfterFirstPaint } from '@/lib/delivery/scripts-after-paint';
import { executableInlineScripts } from '@/lib/security/inline-scripts';

/* The prerendered pages' framework scripts, moved behind the first paint (README "Page weight"). */

const page = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/react.js" async=""></script><script src="/_next/static/chunks/runtime.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
  '<body><main><h1>Title</h1></main><script type="application/ld+json">{}</script>',
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script src="/_next/static/chunks/main.js" async=""></script></body></html>',
].join('');

/** Runs the loader in a fake browser; returns the scripts it inserted, and what would make it insert them. */
function runLoader(html: string, { paintTiming }: { paintTiming: boolean }) {
  const [loader] = executableInlineScripts(html).filter((s) => s.attributes.includes('data-scripts-after-paint'));
  const inserted: string[] = [];
  let observer: ((list: { getEntriesByName: (name: string) => unknown[] }, o: { disconnect: () => void }) => void) | undefined;
  let onLoad: (() => void) | undefined;
  const document = { head: { appendChild: (e: { src: string }) => inserted.push(e.src) }, createElement: () => ({ src: '', async: false }) };
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['paint', 'navigation'] : ['navigation'];
    constructor(callback: typeof observer) {
      observer = callback;
    }
    observe() {}
  }
  const window = { PerformanceObserver: FakeObserver };
  const addEventListener = (type: string, listener: () => void) => {
    if (type === 'load') onLoad = listener;
  };
  new Function('window', 'document', 'addEventListener', loader?.text ?? '')(window, document, addEventListener);
  return {
    inserted,
    paint: (name: string) => observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect: () => {} }),
    load: () => onLoad?.(),
  };
}

describe('scripts after the first paint', () => {
  const out = scriptsAfterFirstPaint(page);

  it('leaves no framework script or script preload in the markup, only the nomodule polyfill', () => {
    expect(out.match(/<script[^>]*\ssrc=[^>]*>/g)).toEqual(['<script src="/_next/static/chunks/polyfills.js" noModule="">']);
    expect(out).not.toMatch(/rel="preload" as="script"/);
    // Everything else is untouched: stylesheet, content, data blocks, flight data.
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(out).toContain('<main><h1>Title</h1></main><script type="application/ld+json">{}</script>');
    expect(out).toContain('<script>(self.__next_f=self.__next_f||[]).push([0])</script>');
    expect(out.endsWith('</script></body></html>')).toBe(true);
  });

  it('inserts every script once, in order, when the first contentful paint is reported, not before', () => {
    const browser = runLoader(out, { paintTiming: true });
    expect(browser.inserted).toEqual([]);
    browser.paint('first-paint');
    expect(browser.inserted).toEqual([]);
    browser.paint('first-contentful-paint');
    expect(browser.inserted).toEqual(['/_next/static/chunks/main.js', '/_next/static/chunks/react.js', '/_next/static/chunks/runtime.js']);
    browser.load();
    browser.paint('first-contentful-paint');
    expect(browser.inserted).toHaveLength(3);
  });

  it('where Paint Timing is missing, inserts them on load', () => {
    const browser = runLoader(out, { paintTiming: false });
    expect(browser.inserted).toEqual([]);
    browser.load();
    expect(browser.inserted).toHaveLength(3);
  });

  it('is idempotent, and leaves a page without framework scripts alone', () => {
    expect(scriptsAfterFirstPaint(out)).toBe(out);
    const plain = '<html><body><p>x</p></body></html>';
    expect(scriptsAfterFirstPaint(plain)).toBe(plain);
  });

  it('fails on a script it does not know how to move, rather than let it load with the page', () => {
    expect(() => scriptsAfterFirstPaint(page.replace('<main>', '<script src="/x.js" defer></script><main>'))).toThrow(
      /would load with the page: <script src="\/x.js" defer>/,
    );
    expect(() => scriptsAfterFirstPaint(page.replace('<main>', '<link rel="modulepreload" href="/m.js"/><main>'))).toThrow(/modulepreload/);
  });
});
