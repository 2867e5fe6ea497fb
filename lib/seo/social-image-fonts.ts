import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

/*
 * The fonts social images are drawn with, and which characters they can draw. Fonts come from
 * npm (@fontsource's Noto Serif and Noto Sans, WOFF: satori reads TTF/OTF/WOFF, not WOFF2) in
 * the latin, latin-ext, cyrillic and cyrillic-ext subsets, so French accents and Cyrillic names
 * render with no network access. A character none of them has would make next/og fetch a font
 * from the network ("Failed to load dynamic font" offline): `drawableText` replaces those,
 * knowing exactly what the files hold from their character maps.
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
  file: string;
}

function fontFiles(): FontFile[] {
  return (Object.keys(FAMILIES) as Family[]).flatMap((family) =>
    SUBSETS.flatMap((subset) =>
      WEIGHTS[family].map((weight) => {
        const pkg = FAMILIES[family];
        const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules/@fontsource', pkg, 'files', `${pkg}-${subset}-${weight}-normal.woff`);
        return { family, subset, weight, file };
      }),
    ),
  );
}

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
    fontFiles().map(async ({ family, subset, weight, file }): Promise<FontSpec> => ({ name: `${family}-${subset}`, data: await readFile(file), weight, style: 'normal' })),
  );
  return fonts;
}

/** The code points a WOFF (1.0) font maps to a glyph, from its `cmap` table (formats 4 and 12). */
export function woffCodePoints(woff: Buffer): Set<number> {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
  const numTables = woff.readUInt16BE(12);
  let cmap: Buffer | undefined;
  for (let i = 0; i < numTables; i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const offset = woff.readUInt32BE(entry + 4);
    const compLength = woff.readUInt32BE(entry + 8);
    const origLength = woff.readUInt32BE(entry + 12);
    const raw = woff.subarray(offset, offset + compLength);
    cmap = compLength < origLength ? inflateSync(raw) : raw;
  }
  if (!cmap) throw new Error('WOFF font without a cmap table');
  const points = new Set<number>();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const record = 4 + i * 8;
    const platform = cmap.readUInt16BE(record);
    const encoding = cmap.readUInt16BE(record + 2);
    // Unicode subtables only: (0, *) or Windows (3, 1) BMP / (3, 10) full repertoire.
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const at = cmap.readUInt32BE(record + 4);
    const format = cmap.readUInt16BE(at);
    if (format === 4) {
      const segCount = cmap.readUInt16BE(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segCount * 2 + 2;
      const deltas = starts + segCount * 2;
      const rangeOffsets = deltas + segCount * 2;
      for (let s = 0; s < segCount; s++) {
        const end = cmap.readUInt16BE(ends + s * 2);
        const start = cmap.readUInt16BE(starts + s * 2);
        const delta = cmap.readUInt16BE(deltas + s * 2);
        const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            const index = cmap.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            glyph = index === 0 ? 0 : (index + delta) & 0xffff;
          }
          if (glyph !== 0) points.add(c);
        }
      }
    } else if (format === 12) {
      const groups = cmap.readUInt32BE(at + 12);
      for (let g = 0; g < groups; g++) {
        const group = at + 16 + g * 12;
        const start = cmap.readUInt32BE(group);
        const end = cmap.readUInt32BE(group + 4);
        const firstGlyph = cmap.readUInt32BE(group + 8);
        for (let c = start; c <= end; c++) if (firstGlyph + (c - start) !== 0) points.add(c);
      }
    }
  }
  return points;
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
    for (const c of woffCodePoints(readFileSync(file))) set.add(c);
    byFamily.set(family, set);
  }
  const [first, ...others] = [...byFamily.values()];
  drawable = new Set([...(first ?? [])].filter((c) => others.every((set) => set.has(c))));
  return drawable;
}
