import path from 'node:path';
import type { ContentProblem } from './problems';

type Problem = Omit<ContentProblem, 'severity'>;

/** Line of the value at a field path in one file (or of its nearest existing parent). */
export type Locate = (path: readonly PropertyKey[]) => number | undefined;

/**
 * What one load reports, shared by every stage: each problem in the order it was found, paths
 * shown relative to `displayRoot`, and where each valid file's fields are (for problems found
 * after validation, such as an unknown id in a list). Stages never throw on bad content.
 */
export class ProblemLog {
  readonly problems: ContentProblem[] = [];
  private readonly locators = new Map<string, Locate>();

  constructor(private readonly displayRoot: string) {}

  /** The path of `file` as messages show it. */
  display(file: string): string {
    return path.relative(this.displayRoot, file) || file;
  }

  error(problem: Problem): void {
    this.problems.push({ ...problem, severity: 'error' });
  }

  warning(problem: Problem): void {
    this.problems.push({ ...problem, severity: 'warning' });
  }

  add(problems: Iterable<ContentProblem>): void {
    this.problems.push(...problems);
  }

  /** Whether `file` (a displayed path) has an error; whether anything has, without one. */
  hasErrors(file?: string): boolean {
    return this.problems.some((p) => p.severity === 'error' && (file === undefined || p.file === file));
  }

  /** Whether `file` (a displayed path) has a problem of any kind. */
  hasProblems(file: string): boolean {
    return this.problems.some((p) => p.file === file);
  }

  setLocator(file: string, locate: Locate): void {
    this.locators.set(file, locate);
  }

  /** Line of `fieldPath` in `file` (a displayed path), when the file was read. */
  lineOf(file: string, fieldPath: readonly PropertyKey[]): number | undefined {
    return this.locators.get(file)?.(fieldPath);
  }
}
