/*
 * The reference for the JavaScript budget, measured in the same run with the same Next.js: a
 * bare App Router app (one root layout, one server-rendered page, no client component, no
 * next/link), built in the scratch folder with a config of its own, empty; its page's JavaScript
 * counted exactly as the article page's (page-assets.ts), from its build output.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NEXT_BIN, run } from '../scripts/process';
import { pageAssets, sized, total, type Sized } from './page-assets';
import { benchEnv, log } from './util';

export interface BareResult {
  scripts: Sized[];
  js: { raw: number; gzip: number };
  nomodule: { raw: number; gzip: number };
  buildMs: number;
}

const LAYOUT = `export const metadata = { title: 'Bare' };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;
const PAGE = `export default function Page() {
  return <main><h1>Hello</h1><p>A bare App Router page.</p></main>;
}
`;

export async function benchBareApp(tmp: string): Promise<BareResult> {
  const dir = path.join(tmp, 'bare-app');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'app', 'layout.jsx'), LAYOUT);
  writeFileSync(path.join(dir, 'app', 'page.jsx'), PAGE);
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  // Next looks for its config upwards from the app: without one here it would build the bare
  // app with the site's next.config.ts (rewrites, headers, next-intl's alias).
  writeFileSync(path.join(dir, 'next.config.mjs'), 'export default {};\n');
  log('bare App Router app: next build');
  // No NEXT_DIST_DIR here: the bare app's config sets no distDir, its build goes to <dir>/.next.
  const env = benchEnv();
  delete env.NEXT_DIST_DIR;
  delete env.CONTENT_DIR;
  const { ms } = await run(process.execPath, [NEXT_BIN, 'build', dir], { env });
  const dist = path.join(dir, '.next');
  const html = readFileSync(path.join(dist, 'server', 'app', 'index.html'), 'utf8');
  const assets = pageAssets(html);
  const read = (url: string) => sized(url, readFileSync(path.join(dist, 'static', new URL(url, 'http://x').pathname.replace(/^\/_next\/static\//, ''))));
  const scripts = assets.scripts.map(read);
  const nomodule = assets.nomoduleScripts.map(read);
  return { scripts, js: total(scripts), nomodule: total(nomodule), buildMs: ms };
}
