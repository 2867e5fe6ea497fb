import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleImage, drawableText, siteImage } from '@/lib/seo/social-image';

/*
 * The social images are drawn at build time with no network: every character must be in the
 * bundled fonts, or next/og goes looking for a font online (and logs "Failed to load dynamic
 * font"). French accents, typographic spaces and quotes, and Cyrillic names are all covered.
 */

afterEach(() => vi.restoreAllMocks());

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

async function draw(render: () => Promise<Response>) {
  const errors: unknown[][] = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
  const fetchSpy = vi.spyOn(globalThis, 'fetch');
  const response = await render();
  const bytes = new Uint8Array(await response.arrayBuffer());
  // next/og loads its own WebAssembly from a data: URL; anything else would be the network.
  const fetched = fetchSpy.mock.calls.map(([input]) => String(input)).filter((url) => !url.startsWith('data:'));
  return { response, bytes, errors, fetched };
}

describe('social images', () => {
  it('draw an article card with French typography and Cyrillic names from the bundled fonts only', async () => {
    const { response, bytes, errors, fetched } = await draw(() =>
      articleImage({
        siteName: 'Cloud Cities Info',
        section: 'Économie',
        title: 'Robotique, IA, investissements\u202F: « Moscou » fait valoir l’industrie — Œuvre ćž',
        date: '19 septembre 2025',
        location: 'Moscou',
        speakers: 'Avec Дмитрий Шанин, Ольга Виданова et Ivan Gnatiouk\u2011Chanine',
      }),
    );
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(errors, 'no glyph was missing').toEqual([]);
    expect(fetched, 'no font was fetched').toEqual([]);
  }, 20_000);

  it('draw the default card of a language', async () => {
    const { bytes, errors, fetched } = await draw(() =>
      siteImage({
        siteName: 'Cloud Cities Info',
        tagline: 'Villes, industrie et coopération internationale',
        description: 'L’actualité des villes, en français et en anglais.',
      }),
    );
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(errors).toEqual([]);
    expect(fetched).toEqual([]);
  }, 20_000);

  it('replace the characters the fonts lack with ones that look the same', () => {
    expect(drawableText('investissements\u202F: ceci\u00A0; a\u2011b a\u2010b')).toBe('investissements\u00A0: ceci\u00A0; a-b a-b');
    // Ligatures and compatibility letters become their letters; breaks and tabs spaces.
    expect(drawableText('ﬁnance\tＡ\nB\u2028C')).toBe('finance A B C');
    // Characters with nothing to draw them with are left out: controls, joiners, emoji, Han.
    expect(drawableText('a\u0000b\u200Dc\u{1F389}d中e\u0007')).toBe('abcde');
    // What the fonts have is kept as is: accents, Cyrillic, typographic quotes and dashes.
    const kept = 'Œuvre ćž « Дмитрий » “x” – — … € № ·';
    expect(drawableText(kept)).toBe(kept);
  });

  it('draw text holding characters no bundled font has without fetching anything', async () => {
    const { bytes, errors, fetched } = await draw(() =>
      articleImage({
        siteName: 'Cloud Cities Info',
        section: '<script>\u0000alert(1)</script>',
        title: 'Émojis \u{1F389}\u{1F680}, 中文, العربية, ﬁn, \u200B\u200D\u2066x\u2069 ⟨ok⟩ \u{1D400}',
        date: '1er\u202Foctobre\u00A02025',
        location: 'Moscou\u2011sur\u2010Seine\tnord',
        speakers: 'Avec 김민준 et Ἀριστοτέλης',
      }),
    );
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(errors, 'no glyph was missing').toEqual([]);
    expect(fetched, 'no font was fetched').toEqual([]);
  }, 20_000);
});
