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
      maxWidth: {
        measure: '42rem',
        page: '72rem',
      },
    },
  },
  plugins: [typography],
} satisfies Config;

export default config;
