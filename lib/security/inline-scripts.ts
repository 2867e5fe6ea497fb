import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from './policy';

/* Inline scripts of a prerendered page and their CSP hashes (used by finalize-build.ts and the tests). */

/** `'sha256-…'` source of a script's text, as the browser hashes it (UTF-8, newlines normalized by the HTML parser). */
export function scriptHash(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalized, 'utf8').digest('base64')}'`;
}

/** MIME types (and the empty type) that make a `<script>` executable JavaScript; `module` too. */
const JS_TYPES = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/jscript|text\/livescript)$/i;

export interface InlineScript {
  attributes: string;
  text: string;
}

/**
 * The inline `<script>` elements of an HTML document that a browser would execute: no `src`,
 * and a JavaScript type (JSON-LD and other data blocks are not scripts, and CSP ignores them).
 * React writes attributes quoted and escapes `>` inside them, and escapes `</script` inside
 * scripts, so a script element ends at the first `</script`.
 */
export function executableInlineScripts(html: string): InlineScript[] {
  const scripts: InlineScript[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
    const value = (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim();
    if (!JS_TYPES.test(value)) continue;
    scripts.push({ attributes, text: match[2] ?? '' });
  }
  return scripts;
}

/** The CSP of a prerendered page: its inline scripts' hashes, in document order, once each. */
export function pagePolicy(html: string): { policy: string; hashes: string[] } {
  const hashes = [...new Set(executableInlineScripts(html).map((s) => scriptHash(s.text)))];
  return { policy: contentSecurityPolicy(hashes), hashes };
}
