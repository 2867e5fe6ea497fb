import type { Config } from 'tailwindcss';
import type { PluginCreator } from 'tailwindcss/plugin';

/*
 * The house theme, the one place it is written: colours (light, dark and on paper), fonts,
 * widths, the body-text settings of the typography plugin. app/globals.css loads it with
 * `@config`, and the typography plugin with `@plugin`, so this file imports nothing at run time:
 * the social images (lib/seo/social-image.tsx) take `palette` from it without pulling Tailwind
 * code into the server. Tailwind 4 finds the classes in use by itself (every file git does not
 * ignore), so no `content` list is kept; of a v3 config it ignores `corePlugins`, `safelist`
 * and `separator`, none of which is used.
 */

/** A colour's value on screen in each colour scheme, and on paper where printing needs its own. */
interface Shades {
  light: string;
  dark: string;
  print?: string;
}

/**
 * Each colour on screen in light and dark mode (dark mode follows `prefers-color-scheme`), and
 * where printing needs its own value: pure white paper and black ink. Print otherwise takes
 * the light values, whatever the reader's colour scheme.
 */
export const palette = {
  paper: { light: '#fbfaf7', dark: '#141414', print: '#fff' },
  ink: { light: '#1b1b1b', dark: '#ecebe8', print: '#000' },
  muted: { light: '#575757', dark: '#b3b0aa' },
  rule: { light: '#d9d5cc', dark: '#3a3733' },
  accent: { light: '#9b1c1c', dark: '#f0877a' },
  'accent-soft': { light: '#f6e7e4', dark: '#3a201d' },
  panel: { light: '#f1eee8', dark: '#1f1d1b' },
} as const satisfies Record<string, Shades>;

export type ColorName = keyof typeof palette;

/** System stacks: no font download, so pages stay light and text renders at once. */
export const fonts = {
  serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', '"DejaVu Serif"', 'serif'],
  sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', '"Noto Sans"', '"DejaVu Sans"', 'sans-serif'],
} as const satisfies Record<string, readonly string[]>;

const names = Object.keys(palette) as ColorName[];

/** A colour as the stylesheet uses it: its CSS variable, which holds the value of the current mode. */
const color = (name: ColorName) => `var(--color-${name})`;

/** The variables of one mode (`print` lists only the colours it changes). */
function variables(mode: keyof Shades): Record<string, string> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const shades: Shades = palette[name];
      const value = shades[mode];
      return value === undefined ? [] : [[`--color-${name}`, value]];
    }),
  );
}

/**
 * The colour variables: light values on `:root`, dark ones on screens that ask for a dark
 * scheme (`screen`, so a page printed in dark mode is not printed light on white), and the
 * print values. `color-scheme` lets form controls and scrollbars follow the same choice.
 */
const colorVariables: PluginCreator = ({ addBase }) => {
  addBase({
    ':root': { ...variables('light'), colorScheme: 'light dark' },
    '@media screen and (prefers-color-scheme: dark)': { ':root': variables('dark') },
    '@media print': { ':root': variables('print') },
  });
};

const config = {
  theme: {
    extend: {
      colors: Object.fromEntries(names.map((name) => [name, color(name)])),
      fontFamily: { serif: [...fonts.serif], sans: [...fonts.sans] },
      spacing: {
        gutter: '1.25rem',
        sidebar: '19rem',
      },
      maxWidth: {
        measure: '42rem',
        page: '72rem',
      },
      // Body text in the house colours (so in every mode) and without the decorative quotation
      // marks: the site writes the marks of each language itself.
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': color('ink'),
            '--tw-prose-headings': color('ink'),
            '--tw-prose-links': color('accent'),
            '--tw-prose-bold': color('ink'),
            '--tw-prose-quotes': color('ink'),
            '--tw-prose-quote-borders': color('accent'),
            '--tw-prose-captions': color('muted'),
            '--tw-prose-bullets': color('muted'),
            '--tw-prose-counters': color('muted'),
            '--tw-prose-hr': color('rule'),
            '--tw-prose-code': color('ink'),
            'blockquote p:first-of-type::before': { content: 'none' },
            'blockquote p:last-of-type::after': { content: 'none' },
          },
        },
      },
    },
  },
  plugins: [colorVariables],
} satisfies Config;

export default config;
