import { ImageResponse } from 'next/og';
import type { ReactNode } from 'react';
import { palette } from '@/tailwind.config';
import { SOCIAL_IMAGE_SIZE } from './social-image-path';
import { drawableCodePoints, familyStack, loadFonts } from './social-image-fonts';

/*
 * Social images (Open Graph / Twitter cards) drawn with next/og at build time: one per article
 * version and one default per language, with the fonts of `social-image-fonts.ts` only, in the
 * site's light colours (an image looks the same in every reader's colour scheme).
 */

export { SOCIAL_IMAGE_SIZE, SOCIAL_IMAGE_TYPE } from './social-image-path';

/** Spaces that must not break a line: drawn as the no-break space the fonts have. */
const NO_BREAK = /[\u202F\u2007]/u;
/** Line and paragraph breaks, tabs: a card's text is one flowing line, as HTML would show it. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/u;
const CONTROL = /\p{Cc}/u;
const INVISIBLE = /\p{Cf}/u;

/** What to draw for a character no font has, keeping its look where one exists; empty when none does. */
function substitute(ch: string, drawable: ReadonlySet<number>): string {
  if (NO_BREAK.test(ch)) return '\u00A0';
  // Format characters the fonts lack (joiners, direction marks…) draw nothing.
  if (INVISIBLE.test(ch)) return '';
  if (/\s/u.test(ch)) return ' ';
  // Unicode hyphens and dashes the fonts lack: a hyphen-minus looks the same at this size.
  if (/\p{Pd}/u.test(ch)) return '-';
  // Compatibility forms and letters with marks the fonts lack (ligatures, full-width and
  // circled letters, a rare accent): their plain letters.
  const plain = ch.normalize('NFKD').replace(/\p{M}/gu, '');
  if (plain && plain !== ch && [...plain].every((c) => drawable.has(c.codePointAt(0) ?? -1))) return plain;
  // Anything else (emoji, scripts the fonts do not cover) is left out: next/og would otherwise
  // fetch a font or emoji images from the network, and a build has none.
  return '';
}

/**
 * Text as the fonts can draw it: every character the bundled fonts lack is replaced (see
 * `substitute`), so next/og never tries to fetch a font ("Failed to load dynamic font"). French
 * typography's narrow no-break space and the Unicode hyphens are the usual ones.
 */
export function drawableText(text: string): string {
  const drawable = drawableCodePoints();
  let out = '';
  for (const ch of text) {
    // Breaks and control characters first: some fonts map a glyph to NUL or tab, none draws them usefully.
    if (BREAKS.test(ch)) out += ' ';
    else if (CONTROL.test(ch)) continue;
    else out += drawable.has(ch.codePointAt(0) ?? -1) ? ch : substitute(ch, drawable);
  }
  return out;
}

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
        background: palette.paper.light,
        color: palette.ink.light,
        fontFamily: familyStack('sans'),
        borderTop: `16px solid ${palette.accent.light}`,
        padding: '44px 64px 48px',
      }}
    >
      <div
        style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', borderBottom: `2px solid ${palette.rule.light}`, paddingBottom: 18 }}
      >
        <div style={{ fontFamily: familyStack('serif'), fontWeight: 700, fontSize: 34 }}>{drawableText(siteName)}</div>
        {kicker ? (
          <div style={{ fontWeight: 700, fontSize: 24, letterSpacing: 3, textTransform: 'uppercase', color: palette.accent.light }}>{drawableText(kicker)}</div>
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
    <Frame siteName={siteName} kicker={section}>
      <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center' }}>
        <div style={{ fontFamily: familyStack('serif'), fontWeight: 700, fontSize: headlineSize(title), lineHeight: 1.18 }}>{drawableText(title)}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', borderTop: `2px solid ${palette.rule.light}`, paddingTop: 18, gap: 8 }}>
        <div style={{ fontSize: 26, fontWeight: 700 }}>{drawableText(`${location} · ${date}`)}</div>
        {speakers ? <div style={{ fontSize: 24, color: palette.muted.light, lineHeight: 1.3 }}>{drawableText(speakers)}</div> : null}
      </div>
    </Frame>,
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
    <Frame siteName={siteName}>
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', gap: 28 }}>
        <div style={{ fontFamily: familyStack('serif'), fontWeight: 700, fontSize: 64, lineHeight: 1.15 }}>{drawableText(tagline)}</div>
        <div style={{ fontSize: 30, color: palette.muted.light, lineHeight: 1.35 }}>{drawableText(description)}</div>
      </div>
    </Frame>,
    { ...SOCIAL_IMAGE_SIZE, fonts: await loadFonts() },
  );
}
