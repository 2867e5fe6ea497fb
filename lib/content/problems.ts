import type { ZodError } from 'zod';

/**
 * One thing wrong with one content file. Every loader step reports problems instead of
 * throwing, so an editor sees all of them in a single run rather than fixing them one by one.
 */
export interface ContentProblem {
  /** Path relative to the content root's parent, e.g. `content/people/olga-vidanova.yaml`. */
  file: string;
  /** 1-based line in the file, when it can be located. */
  line?: number;
  /** Dotted field path (`speakers.2.id`), or a short name for the part of the file (`body`, `yaml`). */
  field: string;
  message: string;
  /** How to fix it, in words an editor understands. */
  hint?: string;
  severity: 'error' | 'warning';
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  return `${where}: ${problem.field}: ${problem.message}${hint}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map(formatProblem).join('\n');
}

/** Thrown when content has errors: the message lists every problem, one per line. */
export class ContentValidationError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(`Content has ${errors.length} error(s):\n${formatProblems(errors)}`);
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}

/** Dotted path of a zod issue, as editors see it in the file (`speakers.1.id`). */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/**
 * Turns a zod error into problems located in the source file. `locate` maps a field path to
 * the line of that field (or of its closest existing parent, for a missing field).
 */
export function zodProblems(
  error: ZodError,
  file: string,
  locate: (path: readonly PropertyKey[]) => number | undefined,
): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    line: locate(issue.path),
    field: fieldPath(issue.path),
    message: issue.message,
    severity: 'error' as const,
  }));
}
