import { fonts, palette, type ColorName } from '@/tailwind.config';

/*
 * The lite pages' one stylesheet, written inline in each page (so no second request): the
 * house palette and font stacks from tailwind.config.ts, as the site's own pages use them,
 * with nothing a lite page does not show. One column that fits a 320 px screen, readable in
 * light and dark mode, black on white on paper without the navigation.
 */

const USED: readonly ColorName[] = ['paper', 'ink', 'muted', 'rule', 'accent'];

const variables = (mode: 'light' | 'dark' | 'print') =>
  USED.flatMap((name) => {
    const shades: { light: string; dark: string; print?: string } = palette[name];
    const value = shades[mode];
    return value === undefined ? [] : [`--${name}:${value}`];
  }).join(';');

const stack = (list: readonly string[]) => list.join(',');

export const LITE_STYLESHEET = [
  `:root{color-scheme:light dark;${variables('light')}}`,
  `@media screen and (prefers-color-scheme:dark){:root{${variables('dark')}}}`,
  `@media print{:root{${variables('print')}}nav,.nav{display:none}a{text-decoration:none}}`,
  `body{margin:0 auto;max-width:38rem;padding:0 1rem 2rem;background:var(--paper);color:var(--ink);font:1.0625rem/1.6 ${stack(fonts.serif)};overflow-wrap:break-word}`,
  `header,footer,.meta,.kicker,nav,h2,figcaption{font-family:${stack(fonts.sans)}}`,
  'header,footer{display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:space-between;padding:.75rem 0;font-size:.875rem}',
  'header{border-bottom:1px solid var(--rule)}footer{border-top:1px solid var(--rule);margin-top:2rem}',
  'a{color:inherit;text-underline-offset:.15em}a:hover,a:focus{color:var(--accent)}:focus-visible{outline:3px solid var(--accent);outline-offset:2px}',
  '.skip{position:absolute;left:-100vw}.skip:focus{left:.5rem;top:.5rem;padding:.5rem;background:var(--paper)}main:focus{outline:none}',
  '.kicker{margin:1.25rem 0 0;color:var(--accent);font-size:.8rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em}',
  'h1{margin:.4rem 0;font-size:1.7rem;line-height:1.2}',
  '.standfirst{margin:.5rem 0;color:var(--muted);font-size:1.15rem}',
  '.meta{margin:0;color:var(--muted);font-size:.875rem}',
  'h2{margin:1.75rem 0 .5rem;font-size:1.1rem;line-height:1.3}',
  'aside h2,.source h2{color:var(--accent);font-size:.8rem;text-transform:uppercase;letter-spacing:.06em}',
  'figure{margin:1.25rem 0;padding-left:1rem;border-left:3px solid var(--accent)}blockquote{margin:0}',
  'figcaption{color:var(--muted);font-size:.875rem}figcaption::before{content:"— "}q{quotes:none}',
  'ul{margin:.25rem 0;padding-left:1.25rem}aside,.source{font-size:.95rem}',
].join('\n');
