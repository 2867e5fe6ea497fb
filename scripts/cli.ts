import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/*
 * What the programs in scripts/ share: arguments read with `node:util` `parseArgs`, and each
 * program as a function of its arguments (so tests run it without a process) that the file
 * calls when it is the one started.
 */

/** What a program prints and how it ends: 0 done, 1 refused (the output says why), 2 a misused command line. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line's values, or a sentence saying what is wrong with it, in the words of
 * `--name`: `unknown argument "--jsn"`, `--dir needs a value`.
 */
export function readArguments<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (e) {
    const { code, message } = e as { code?: string; message: string };
    const option = /'(--?[^' <]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown argument "${option}"`;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `${option} needs a value`;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unknown argument "${/'([^']*)'/.exec(message)?.[1] ?? ''}"`;
    throw e;
  }
}

/** A misused command line: what is wrong, then the usage line. */
export const usageError = (problem: string, usage: string): CommandResult => ({ exitCode: 2, stdout: '', stderr: `${problem}\n${usage}\n` });

/** Runs `command` with the process's arguments when `moduleUrl` is the program started (not when a test imports it). */
export function runAsProgram(moduleUrl: string, command: (argv: readonly string[]) => CommandResult | number): void {
  const started = process.argv[1];
  if (!started || realpathSync(started) !== realpathSync(fileURLToPath(moduleUrl))) return;
  const result = command(process.argv.slice(2));
  if (typeof result === 'number') {
    process.exitCode = result;
    return;
  }
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.exitCode;
}
