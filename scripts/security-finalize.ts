/*
 * `npm run security:finalize`: run after `next build` on the build in NEXT_DIST_DIR (default
 * `.next`); `npm run build`, `build:fixture` and `build:xss` do. See lib/security/finalize-build.ts.
 */
import path from 'node:path';
import { finalizeBuild } from '@/lib/security/finalize-build';
import { runAsProgram } from './cli';

function main(): number {
  const distDir = path.resolve(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next');
  const started = performance.now();
  const r = finalizeBuild(distDir, path.resolve(process.cwd(), 'public'));
  console.log(
    `security: ${r.pages} pages with a hashed CSP (${r.scripts} inline scripts, ${r.distinctHashes} distinct), ` +
      `${r.otherResponses} other responses, in ${Math.round(performance.now() - started)} ms (${path.relative(process.cwd(), distDir) || distDir})`,
  );
  return 0;
}

runAsProgram(import.meta.url, main);
