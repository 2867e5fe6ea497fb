import typography from '@tailwindcss/typography';
import type { Config } from 'tailwindcss';

/**
 * The house theme. Colours are CSS variables (set in app/globals.css) so dark mode, which
 * follows `prefers-color-scheme`, swaps them in one place. Fonts are system stacks: no font
 * download, so pages stay light and text renders at once.
 */
const config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        paper: 'var(--color-paper)',
        ink: 'var(--color-ink)',
        muted: 'var(--color-muted)',
        rule: 'var(--color-rule)',
        accent: 'var(--color-accent)',
        'accent-soft': 'var(--color-accent-soft)',
        panel: 'var(--color-panel)',
      },
      fontFamily: {
        serif: ['Charter', '"Bitstream Charter"', '"Sitka Text"', 'Cambria', 'Georgia', '"DejaVu Serif"', 'serif'],
        sans: ['system-ui', '-apple-system', '"Segoe UI"', 'Roboto', '"Helvetica Neue"', '"Noto Sans"', '"DejaVu Sans"', 'sans-serif'],
      },
      spacing: {
        gutter: '1.25rem',
        sidebar: '19rem',
      },
      // Body text in the house colours (dark mode included, through the variables) and without
      // the decorative quotation marks: the site writes the marks of each language itself.
      typography: {
        DEFAULT: {
          css: {
            '--tw-prose-body': 'var(--color-ink)',
            '--tw-prose-headings': 'var(--color-ink)',
            '--tw-prose-links': 'var(--color-accent)',
            '--tw-prose-bold': 'var(--color-ink)',
            '--tw-prose-quotes': 'var(--color-ink)',
            '--tw-prose-quote-borders': 'var(--color-accent)',
            '--tw-prose-captions': 'var(--color-muted)',
            '--tw-prose-bullets': 'var(--color-muted)',
            '--tw-prose-counters': 'var(--color-muted)',
            '--tw-prose-hr': 'var(--color-rule)',
            '--tw-prose-code': 'var(--color-ink)',
            'blockquote p:first-of-type::before': { content: 'none' },
            'blockquote p:last-of-type::after': { content: 'none' },
          },
        },
      },
      maxWidth: {
        measure: '42rem',
        page: '72rem',
      },
    },
  },
  plugins: [typography],
} satisfies Config;

export default config;
