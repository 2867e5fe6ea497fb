/*
 * `npm run security:finalize`: run after `next build` on the build in NEXT_DIST_DIR (default
 * `.next`); `npm run build`, `build:fixture` and `build:xss` do. See lib/security/finalize-build.ts.
 */
import path from 'node:path';
import { finalizeBuild } from '@/lib/security/finalize-build';
import { STORE_PATH } from '@/lib/site/store';
import { runAsProgram } from './cli';

function main(): number {
  const distDir = path.resolve(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next');
  const started = performance.now();
  // The standalone server reads the site's store from its own copy of the build's folder.
  const r = finalizeBuild(distDir, path.resolve(process.cwd(), 'public'), [STORE_PATH]);
  console.log(
    `security: ${r.pages} pages with a hashed CSP (${r.scripts} inline scripts, ${r.distinctHashes} distinct), ` +
      `${r.otherResponses} other responses, ${r.ownPolicies} with their own policy kept, in ${Math.round(performance.now() - started)} ms (${path.relative(process.cwd(), distDir) || distDir})`,
  );
  return 0;
}

runAsProgram(import.meta.url, main);
