import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import type { ReactNode } from 'react';
import { SOCIAL_IMAGE_SIZE } from './social-image-path';

/*
 * Social images (Open Graph / Twitter cards) drawn with next/og at build time: one per article
 * version and one default per language. Fonts come from npm (@fontsource's Noto Serif and Noto
 * Sans, WOFF: satori reads TTF/OTF/WOFF, not WOFF2) in the latin, latin-ext, cyrillic and
 * cyrillic-ext subsets, so French accents and Cyrillic names render with no network access.
 */

export { SOCIAL_IMAGE_SIZE, SOCIAL_IMAGE_TYPE } from './social-image-path';

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext'] as const;
const FAMILIES = { serif: 'noto-serif', sans: 'noto-sans' } as const;
const WEIGHTS = [400, 700] as const;

type Family = keyof typeof FAMILIES;
type Weight = (typeof WEIGHTS)[number];
interface FontSpec {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

/**
 * Each subset is registered as its own family (`serif-latin`, `serif-cyrillic`…) and styles
 * name them all in order: satori picks one font per family and weight, and falls back along
 * the `fontFamily` list for the characters it lacks.
 */
const familyStack = (family: Family) => SUBSETS.map((subset) => `${family}-${subset}`).join(', ');

let fonts: Promise<FontSpec[]> | undefined;

function loadFonts(): Promise<FontSpec[]> {
  fonts ??= Promise.all(
    (Object.keys(FAMILIES) as Family[]).flatMap((family) =>
      SUBSETS.flatMap((subset) =>
        WEIGHTS.map(async (weight): Promise<FontSpec> => {
          const pkg = FAMILIES[family];
          const file = path.join(
            /* turbopackIgnore: true */ process.cwd(),
            'node_modules/@fontsource',
            pkg,
            'files',
            `${pkg}-${subset}-${weight}-normal.woff`,
          );
          return { name: `${family}-${subset}`, data: await readFile(file), weight, style: 'normal' };
        }),
      ),
    ),
  );
  return fonts;
}

/**
 * Text as the fonts can draw it: Noto has no narrow no-break space (French typography puts one
 * before `; ! ?`) nor the Unicode hyphens, and a missing glyph would make next/og fetch a font
 * from the network. A no-break space and a hyphen-minus look the same at this size.
 */
export function drawableText(text: string): string {
  return text.replace(/\u202F/g, '\u00A0').replace(/[\u2010\u2011]/g, '-');
}

const colors = { paper: '#fbfaf7', ink: '#1b1b1b', muted: '#575757', rule: '#d9d5cc', accent: '#9b1c1c' };

/** Headline size that keeps a long title within the card (four lines at most). */
function headlineSize(title: string): number {
  if (title.length <= 60) return 68;
  if (title.length <= 100) return 56;
  if (title.length <= 140) return 48;
  return 40;
}

function Frame({ siteName, kicker, children }: { siteName: string; kicker?: string; children: ReactNode }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: colors.paper,
        color: colors.ink,
        fontFamily: familyStack('sans'),
        borderTop: `16px solid ${colors.accent}`,
        padding: '44px 64px 48px',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', borderBottom: `2px solid ${colors.rule}`, paddingBottom: 18 }}>
        <div style={{ fontFamily: familyStack('serif'), fontWeight: 700, fontSize: 34 }}>{drawableText(siteName)}</div>
        {kicker ? (
          <div style={{ fontWeight: 700, fontSize: 24, letterSpacing: 3, textTransform: 'uppercase', color: colors.accent }}>{drawableText(kicker)}</div>
        ) : null}
      </div>
      {children}
    </div>
  );
}

export interface ArticleImage {
  siteName: string;
  section: string;
  title: string;
  /** The date as readers of the language write it ("19 septembre 2025"). */
  date: string;
  location: string;
  /** "Avec Olga Vidanova, …" — empty when no one is quoted. */
  speakers: string;
}

/** The card of one article version: headline, dateline, who speaks. */
export async function articleImage({ siteName, section, title, date, location, speakers }: ArticleImage): Promise<ImageResponse> {
  return new ImageResponse(
    (
      <Frame siteName={siteName} kicker={section}>
        <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center' }}>
          <div style={{ fontFamily: familyStack('serif'), fontWeight: 700, fontSize: headlineSize(title), lineHeight: 1.18 }}>
            {drawableText(title)}
          </div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', borderTop: `2px solid ${colors.rule}`, paddingTop: 18, gap: 8 }}>
          <div style={{ fontSize: 26, fontWeight: 700 }}>{drawableText(`${location} · ${date}`)}</div>
          {speakers ? <div style={{ fontSize: 24, color: colors.muted, lineHeight: 1.3 }}>{drawableText(speakers)}</div> : null}
        </div>
      </Frame>
    ),
    { ...SOCIAL_IMAGE_SIZE, fonts: await loadFonts() },
  );
}

export interface SiteImage {
  siteName: string;
  tagline: string;
  description: string;
}

/** The default card of a language: the site's name and what it covers. */
export async function siteImage({ siteName, tagline, description }: SiteImage): Promise<ImageResponse> {
  return new ImageResponse(
    (
      <Frame siteName={siteName}>
        <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 28 }}>
          <div style={{ fontFamily: familyStack('serif'), fontWeight: 700, fontSize: 64, lineHeight: 1.15 }}>{drawableText(tagline)}</div>
          <div style={{ fontSize: 30, color: colors.muted, lineHeight: 1.35 }}>{drawableText(description)}</div>
        </div>
      </Frame>
    ),
    { ...SOCIAL_IMAGE_SIZE, fonts: await loadFonts() },
  );
}
