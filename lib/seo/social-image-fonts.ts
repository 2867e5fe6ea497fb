import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { create } from 'fontkit';

/*
 * The fonts social images are drawn with, and which characters they can draw. Fonts come from
 * npm (@fontsource's Noto Serif and Noto Sans, WOFF: satori reads TTF/OTF/WOFF, not WOFF2) in
 * the latin, latin-ext, cyrillic and cyrillic-ext subsets, so French accents and Cyrillic names
 * render with no network access. A character none of them has would make next/og fetch a font
 * from the network ("Failed to load dynamic font" offline): `drawableText` replaces those,
 * knowing exactly what the files hold from their character maps, read with fontkit. This
 * module reads files: only the social-image routes import it.
 */

export const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
export const FAMILIES = { serif: 'noto-serif', sans: 'noto-sans' } as const;
export type Family = keyof typeof FAMILIES;
export type Weight = 400 | 700;

/**
 * The weights each family is drawn in: the cards set serif text (site name, headline, tagline)
 * in bold only, so the regular serif is not loaded (four fewer fonts for satori to parse in
 * every build worker and to look through for each character).
 */
export const WEIGHTS: Record<Family, readonly Weight[]> = { serif: [700], sans: [400, 700] };

export interface FontSpec {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

interface FontFile {
  family: Family;
  subset: (typeof SUBSETS)[number];
  weight: Weight;
  /** Relative to the project (and to a standalone server's folder, which has a copy). */
  file: string;
}

function fontFiles(): FontFile[] {
  return (Object.keys(FAMILIES) as Family[]).flatMap((family) =>
    SUBSETS.flatMap((subset) =>
      WEIGHTS[family].map((weight) => {
        const pkg = FAMILIES[family];
        return { family, subset, weight, file: `node_modules/@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff` };
      }),
    ),
  );
}

/**
 * The font files, for the build's file tracing: social images of stories older than the
 * prerendered ones are drawn by the running server, whose standalone folder must hold them
 * (they are read by path, which tracing cannot follow).
 */
export const FONT_FILES: readonly string[] = fontFiles().map(({ file }) => file);

const absolute = (file: string) => path.join(/* turbopackIgnore: true */ process.cwd(), file);

/**
 * Each subset is registered as its own family (`serif-latin`, `serif-cyrillic`…) and styles
 * name them all in order: satori picks one font per family and weight, and falls back along
 * the `fontFamily` list for the characters it lacks.
 */
export const familyStack = (family: Family) => SUBSETS.map((subset) => `${family}-${subset}`).join(', ');

let fonts: Promise<FontSpec[]> | undefined;

/**
 * The fonts, read once per process. The same array (and the same buffers) every time matters:
 * satori keeps its parsed fonts in a WeakMap keyed by them.
 */
export function loadFonts(): Promise<FontSpec[]> {
  fonts ??= Promise.all(
    fontFiles().map(async ({ family, subset, weight, file }): Promise<FontSpec> => ({
      name: `${family}-${subset}`,
      data: await readFile(absolute(file)),
      weight,
      style: 'normal',
    })),
  );
  return fonts;
}

/** The code points a font file (TTF, OTF, WOFF, WOFF2) maps to a glyph, from its character map. */
function fontCodePoints(data: Buffer): Set<number> {
  const font = create(data);
  if ('fonts' in font) throw new Error(`a font collection (${font.type}), not one font`);
  // `characterSet` lists every code point the map covers, U+FFFF included, which ends its last
  // range on glyph 0 ("missing"): only those with a real glyph count.
  return new Set(font.characterSet.filter((c) => font.hasGlyphForCodePoint(c)));
}

let drawable: Set<number> | undefined;

/**
 * Code points every family can draw (the union of its subsets, intersected across families,
 * since a text is drawn in one family and falls back only within the ones its style names).
 */
export function drawableCodePoints(): ReadonlySet<number> {
  if (drawable) return drawable;
  const byFamily = new Map<Family, Set<number>>();
  for (const { family, file } of fontFiles()) {
    const set = byFamily.get(family) ?? new Set<number>();
    for (const c of fontCodePoints(readFileSync(absolute(file)))) set.add(c);
    byFamily.set(family, set);
  }
  const [first, ...others] = [...byFamily.values()];
  drawable = new Set([...(first ?? [])].filter((c) => others.every((set) => set.has(c))));
  return drawable;
}
