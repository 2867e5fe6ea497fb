import path from 'node:path';
import { loadContent } from './load';
import { ContentValidationError, formatProblems } from './problems';
import type { ContentSet } from './types';

let cached: ContentSet | undefined;

/** Folder the site reads: `CONTENT_DIR`, else `content/` in the working directory. */
export function contentDir(): string {
  // Read at build time only (every page is static): nothing to trace into the server bundle.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.CONTENT_DIR ?? 'content');
}

/**
 * All content, read and validated once per process (at build time: pages are static).
 * Throws with every error listed when content is broken, which fails the build.
 */
export function getContent(): ContentSet {
  if (cached) return cached;
  const { content, problems } = loadContent(contentDir());
  if (problems.some((p) => p.severity === 'error')) throw new ContentValidationError(problems);
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length) console.warn(`Content warnings:\n${formatProblems(warnings)}`);
  cached = content;
  return content;
}
