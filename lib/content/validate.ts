import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { findPlaceholders, isUnder } from './placeholders';
import type { ProblemLog } from './problem-log';
import { describeField, fieldPath, zodProblems } from './problems';
import { parseYaml, type ParsedYaml } from './yaml';

const YAML_HINT = 'check the indentation and quoting on this line and the one before; put text containing ": " or starting with a quote mark in double quotes';

/**
 * Parsed YAML checked against its schema: the data, or undefined with every problem logged.
 * Placeholders left by `content:new` are reported as such, and what the schema says about them
 * (a "TODO: …" date is no date) is left out.
 */
export function validate<S extends z.ZodType>(parsed: ParsedYaml, schema: S, file: string, log: ProblemLog): z.infer<S> | undefined {
  if (parsed.errors.length) {
    for (const e of parsed.errors) log.error({ file, line: e.line, field: 'yaml', message: e.message, hint: YAML_HINT });
    return undefined;
  }
  const placeholders = findPlaceholders(parsed.data);
  for (const at of placeholders) {
    const description = describeField(schema, at);
    log.error({ file, line: parsed.locate(at), field: fieldPath(at), message: 'is still a placeholder', hint: `replace the TODO text with the real value${description ? ` (${description})` : ''}` });
  }
  const result = schema.safeParse(parsed.data ?? {}, { reportInput: true });
  if (!result.success) {
    const issues = result.error.issues.filter((issue) => !placeholders.some((at) => isUnder(issue.path, at)));
    log.add(zodProblems(issues, file, parsed.locate, schema));
  }
  return result.success && !placeholders.length ? result.data : undefined;
}

/** A YAML file read and validated; its field locations are kept in the log for later problems. */
export function readYamlFile<S extends z.ZodType>(absFile: string, schema: S, log: ProblemLog): z.infer<S> | undefined {
  const file = log.display(absFile);
  const parsed = parseYaml(readFileSync(absFile, 'utf8'));
  log.setLocator(file, parsed.locate);
  return validate(parsed, schema, file, log);
}
