import { z, type ZodError } from 'zod';

/**
 * One thing wrong with one content file. Every loader step reports problems instead of
 * throwing, so an editor sees all of them in a single run rather than fixing them one by one.
 */
export interface ContentProblem {
  /** Path relative to the content root's parent, e.g. `content/people/olga-vidanova.yaml`. */
  file: string;
  /** 1-based line in the file, when it can be located. */
  line?: number;
  /** Where in the file, in the editor's words (`speakers › item 2 › id`: `fieldPath`), or a short name for the part of the file (`body`, `yaml`). */
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

/**
 * Where a problem is in a file, in the editor's words: its fields from the outside in, a list's
 * entries counted from 1 (`speakers › item 2 › id` is the id of the second speaker).
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(whole file)';
  // An empty key (a line starting with ":") would vanish from the path: show it as "".
  return path.map((key) => (typeof key === 'number' ? `item ${key + 1}` : key === '' ? '""' : String(key))).join(' › ');
}

/**
 * Turns zod issues into problems located in the source file. `locate` maps a field path to
 * the line of that field (or of its closest existing parent, for a missing field). Hints come
 * from the schema's field descriptions, so they say what the field holds in the editor's words.
 * Issues must carry their input (`safeParse(data, { reportInput: true })`) to tell a missing
 * field from a wrong one.
 */
export function zodProblems(
  issues: ZodError['issues'],
  file: string,
  locate: (path: readonly PropertyKey[]) => number | undefined,
  schema: z.ZodType,
): ContentProblem[] {
  return issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'invalid_key') {
      const at = issue.path;
      return [{ file, line: locate(at), field: fieldPath(at), message: 'is not a valid id', hint: 'use lowercase letters, digits and hyphens, e.g. "robotics"', severity: 'error' }];
    }
    if (issue.code === 'unrecognized_keys') {
      const known = fieldNames(schema, issue.path);
      return issue.keys.map((key) => ({
        file,
        line: locate([...issue.path, key]),
        field: fieldPath([...issue.path, key]),
        message: 'is not a field the site knows',
        hint: unknownFieldHint(key, known),
        severity: 'error',
      }));
    }
    const description = describeField(schema, issue.path);
    const key = issue.path.at(-1);
    const missing = issue.code === 'invalid_type' && issue.input === undefined && key !== undefined;
    const hint = missing
      ? `add the line "${String(key)}: …"${description ? ` (${description})` : ''}`
      : issue.path.length === 0
        ? 'write it like the other files of its folder, or the examples in CONTRIBUTING.md'
        : description && `expected: ${description}`;
    return [{ file, line: locate(issue.path), field: fieldPath(issue.path), message: issue.message, hint, severity: 'error' }];
  });
}

/** The schema at `path`, through optional/default wrappers, lists and records; with the closest description on the way. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): { node?: z.ZodType; description?: string } {
  let node: z.ZodType | undefined = schema;
  let description = schema.description;
  for (const key of path) {
    node = node && childSchema(unwrap(node), key);
    if (!node) return { description };
    description = node.description ?? unwrap(node).description ?? description;
  }
  return { node: node && unwrap(node), description };
}

function unwrap(schema: z.ZodType): z.ZodType {
  let node = schema;
  while (node instanceof z.ZodOptional || node instanceof z.ZodDefault) node = node.unwrap() as z.ZodType;
  return node;
}

function childSchema(schema: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  if (schema instanceof z.ZodObject) return (schema.shape as Record<PropertyKey, z.ZodType>)[key];
  if (schema instanceof z.ZodArray && typeof key === 'number') return schema.element as z.ZodType;
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  return undefined;
}

/** The editor-facing description of the field at `path` (or of its closest described parent). */
export function describeField(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  return schemaAt(schema, path).description;
}

function fieldNames(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const { node } = schemaAt(schema, path);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** "did you mean speakers?" for a near miss (a typo or a missing letter), else the list of fields. */
function unknownFieldHint(key: string, known: readonly string[]): string {
  const near = nearestName(key, known);
  if (near) return `did you mean "${near}"? Fix the spelling, or remove the line`;
  return known.length ? `remove it; the fields here are: ${known.join(', ')}` : 'remove it';
}

/**
 * The known name a misspelt one most likely meant: a letter or so away (one per four letters, or
 * `within` edits for a short list of words an editor types often, where two swapped letters count).
 */
export function nearestName(name: string, known: Iterable<string>, within?: number): string | undefined {
  return [...known]
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter((c) => c.distance <= (within ?? Math.max(1, Math.floor(c.candidate.length / 4))))
    .sort((a, b) => a.distance - b.distance)[0]?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length]!;
}
