import { parseJson } from '../core/py/parse-json';
import { isDict, kwargs, type Kwargs } from '../core/py/py-value';
import type { CliIo } from './io';

export type ReadResult = { readonly ok: true; readonly input: Kwargs } | { readonly ok: false; readonly message: string };

/**
 * Reads a JSON object of keyword arguments from a file (or `-` for stdin), keeping float spellings.
 * @example readKwargsFile('args.json', processIo)
 */
export function readKwargsFile(path: string, io: CliIo): ReadResult {
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    return { ok: false, message: `cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}` };
  }
  return parseKwargsText(text, path === '-' ? '<stdin>' : path);
}

/** Parses one JSON object of keyword arguments; errors say where (line and column). */
export function parseKwargsText(text: string, source: string): ReadResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return { ok: false, message: `${source}:${line}:${column}: invalid JSON: ${message}` };
  }
  if (!isDict(parsed.value)) return { ok: false, message: `${source}: expected a JSON object of keyword arguments, e.g. {"learning_rate": 3e-5}` };
  return { ok: true, input: kwargs(parsed.value, parsed.floatWritten) };
}

/** One `check --jsonl` line: its keyword arguments, and the release it names, if any. */
export type LineResult = { readonly ok: true; readonly input: Kwargs; readonly target?: string } | { readonly ok: false; readonly message: string };

/**
 * Parses one `--jsonl` line: either keyword arguments, or a case object `{"target": …, "input": {…}}` as the
 * vector files have. A top-level `"target"` string names the release for that line (no TrainingArguments
 * field is called `target`), and is not passed on as an argument.
 * @example parseCheckLine('{"target": "5.18", "input": {"seed": 1}}', 'line 1') // ok, target '5.18', input { seed: 1 }
 */
export function parseCheckLine(text: string, source: string): LineResult {
  const read = parseKwargsText(text, source);
  if (!read.ok) return read;
  const { target, input, ...rest } = read.input.values;
  const named = typeof target === 'string' ? { target } : {};
  if (isDict(input)) {
    const floats = [...read.input.floatWritten].filter((path) => path.startsWith('input.')).map((path) => path.slice('input.'.length));
    return { ok: true, input: kwargs(input, floats), ...named };
  }
  const values = input === undefined ? rest : { ...rest, input };
  return { ok: true, input: kwargs(values, [...read.input.floatWritten]), ...named };
}
