import { isImporterId, IMPORT_FORMATS, type ImporterId } from '../core/formats/formats';
import { importText, type ImportReport } from '../core/import/import-text';
import { isDict, kwargs, type Kwargs } from '../core/py/py-value';
import { importJson } from '../core/import/json';
import type { Target } from '../core/target/target';
import type { CliIo } from './io';

export type ReadResult = { readonly ok: true; readonly input: Kwargs; readonly report: ImportReport } | { readonly ok: false; readonly message: string };

export interface ReadOptions {
  /** `--from`: the format, overriding the file extension and the content. */
  readonly from?: string | true | undefined;
  readonly target?: Target;
  readonly configClass?: string;
}

/** The `--from` line of a command's help, from the formats table. */
export const FROM_HELP = `  --from       the input format: ${IMPORT_FORMATS.map((f) => f.id).join('|')} (default: by extension, else by content;
               .py Python, .yaml/.yml YAML, .json JSON, .sh/.txt command lines)\n`;

/**
 * Reads keyword arguments from a file (or `-` for stdin) in any importable format, through the same
 * importer as the app. Text that cannot be read at all (unparsable JSON or YAML, an unknown format)
 * is an error; otherwise the report says what was read and who owns the other names.
 * @example readKwargsFile('run.sh', processIo, { from: 'cli' })
 */
export function readKwargsFile(path: string, io: CliIo, options: ReadOptions = {}): ReadResult {
  let text: string;
  try {
    text = io.readText(path);
  } catch (error) {
    return { ok: false, message: `cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}` };
  }
  return parseKwargsText(text, path === '-' ? '<stdin>' : path, options, path === '-' ? undefined : path);
}

/** Reads one text of keyword arguments; errors say where (line and column). */
export function parseKwargsText(text: string, source: string, options: ReadOptions = {}, fileName?: string): ReadResult {
  const from = options.from;
  if (from !== undefined && (typeof from !== 'string' || !isImporterId(from))) {
    return { ok: false, message: `unknown --from ${String(from)}; choose one of ${IMPORT_FORMATS.map((f) => f.id).join(', ')}` };
  }
  const format: ImporterId | undefined = from;
  const report = importText(text, {
    ...(format === undefined ? {} : { format }),
    ...(fileName === undefined ? {} : { fileName }),
    ...(options.target === undefined ? {} : { target: options.target }),
    ...(options.configClass === undefined ? {} : { configClass: options.configClass }),
  });
  if (report.format === null) {
    return { ok: false, message: `${source}: the format could not be recognised; name it with --from ${IMPORT_FORMATS.map((f) => f.id).join('|')}` };
  }
  const unreadable = unreadableError(report);
  if (unreadable !== undefined) return { ok: false, message: `${source}:${unreadable}` };
  return { ok: true, input: report.imported, report };
}

/** A JSON or YAML file that does not parse, or whose top level is not a mapping, cannot be checked. */
function unreadableError(report: ImportReport): string | undefined {
  if (report.format !== 'json' && report.format !== 'yaml') return undefined;
  const nothingRead = Object.keys(report.imported.values).length === 0 && report.otherArgs.length === 0 && report.notImported.length === 0;
  const first = report.errors[0];
  if (!nothingRead || first === undefined) return undefined;
  const where = first.line === undefined ? '' : `${first.line}:${first.column ?? 1}:`;
  if (/Expected a (?:JSON|YAML) (?:object|mapping)/.test(first.message)) {
    return `${where} expected a ${report.format === 'json' ? 'JSON object' : 'YAML mapping'} of keyword arguments, e.g. {"learning_rate": 3e-5}`;
  }
  return `${where} invalid ${report.format === 'json' ? 'JSON' : 'YAML'}: ${first.message}`;
}

/** One `check --jsonl` line: its keyword arguments, and the release and config class it names, if any. */
export type LineResult =
  { readonly ok: true; readonly input: Kwargs; readonly target?: string; readonly config?: string } | { readonly ok: false; readonly message: string };

/**
 * Parses one `--jsonl` line: either keyword arguments, or a case object `{"target": …, "input": {…}}` as the
 * vector files have. A top-level `"target"` string names the release for that line (no TrainingArguments
 * field is called `target`), and is not passed on as an argument; so is `"config"`, the config class (`"SFTConfig"`).
 * @example parseCheckLine('{"target": "5.18", "input": {"seed": 1}}', 'line 1') // ok, target '5.18', input { seed: 1 }
 */
export function parseCheckLine(text: string, source: string): LineResult {
  // A line is a test case as written, every key kept: it is not sorted by owner like a pasted file.
  const json = importJson(text);
  const first = json.errors[0];
  if (first !== undefined) {
    const where = first.line === undefined ? '' : `:${first.line}:${first.column ?? 1}`;
    return {
      ok: false,
      message: `${source}${where}: ${/Expected a JSON object/.test(first.message) ? 'expected a JSON object of keyword arguments, e.g. {"learning_rate": 3e-5}' : `invalid JSON: ${first.message}`}`,
    };
  }
  const read = { input: json.kwargs };
  const { target, config, input, ...rest } = read.input.values;
  const named = { ...(typeof target === 'string' ? { target } : {}), ...(typeof config === 'string' ? { config } : {}) };
  if (isDict(input)) {
    const floats = [...read.input.floatWritten].filter((path) => path.startsWith('input.')).map((path) => path.slice('input.'.length));
    return { ok: true, input: kwargs(input, floats), ...named };
  }
  // A "config" that is not a class name is an argument like any other (and reported as unknown).
  const values = { ...rest, ...(input === undefined ? {} : { input }), ...(config !== undefined && typeof config !== 'string' ? { config } : {}) };
  return { ok: true, input: kwargs(values, [...read.input.floatWritten]), ...named };
}
