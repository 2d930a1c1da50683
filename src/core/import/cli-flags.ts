import { parseJson } from '../py/parse-json';
import type { PyValue } from '../py/py-value';
import { getField } from '../registry/registry';
import type { SectionedField } from '../registry/registry';
import { cliShapeOf } from '../emit/cli-shape';
import type { DroppedValue, ImportError, ImportResult } from './import-result';
import { positionOf } from './import-result';
import { refusedImport } from './input-limits';
import { parsePythonFloat } from './python-expr';
import type { ShellWord } from './shell-words';
import { splitShellCommands } from './shell-words';
import { settleValues } from './settle-values';

// argparse's test for a word that is a negative number (a value) rather than an option.
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;
const TRUE_WORDS = new Set(['yes', 'true', 't', 'y', '1']);
const FALSE_WORDS = new Set(['no', 'false', 'f', 'n', '0']);
// The library maps True/False of this bool-parsed field to these strings.
const BOOL_MEANINGS: Readonly<Record<string, readonly [string, string]>> = { include_num_input_tokens_seen: ['all', 'no'] };

/**
 * Reads command-line flags as `HfArgumentParser` would: `--x v`, `--x=v`, `--x-y` for `--x_y`,
 * bare bool flags and `--no_x`, several words after a list flag, JSON text for dict fields.
 * Tolerates a leading `python train.py` / `torchrun ... train.py` / `accelerate launch ...`
 * prefix, `\` continuations, quotes and comments; with several commands, the one with the most
 * flags is read. Unknown flags are kept (as text) so validation can name them.
 * @example importCliFlags("torchrun --nproc_per_node 2 train.py --bf16 --learning_rate=1e-4").kwargs.values // { bf16: true, learning_rate: 0.0001 }
 */
export function importCliFlags(text: string): ImportResult {
  const refused = refusedImport(text);
  if (refused) return refused;
  const values: Record<string, PyValue> = {};
  const floatWritten = new Set<string>();
  const dropped: DroppedValue[] = [];
  const errors: ImportError[] = [];
  const at = (offset: number): { line: number; column: number } => positionOf(text, offset);
  const split = splitShellCommands(text);
  if (split.problem) errors.push({ message: split.problem.message, ...at(split.problem.offset) });
  const flagCount = (words: ShellWord[]): number => words.filter((w) => w.text.startsWith('--')).length;
  const command = [...split.commands].sort((a, b) => flagCount(b) - flagCount(a))[0] ?? [];
  const words = command.slice(argumentsStart(command));

  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    i++;
    if (!word.text.startsWith('--') || word.text === '--') {
      errors.push({ message: `The word ${JSON.stringify(word.text)} belongs to no flag and was ignored`, ...at(word.start) });
      continue;
    }
    const eq = word.text.indexOf('=');
    const rawName = (eq < 0 ? word.text.slice(2) : word.text.slice(2, eq)).replace(/-/g, '_');
    const args: ShellWord[] = eq < 0 ? [] : [{ text: word.text.slice(eq + 1), start: word.start + eq + 1 }];
    // Like argparse, only an option without `=` swallows the following words.
    while (eq < 0 && i < words.length && !isOptionWord(words[i]!.text)) args.push(words[i++]!);
    const negated = rawName.startsWith('no_') ? getField(rawName.slice(3)) : undefined;
    if (negated && negated.default === true && getField(rawName) === undefined) {
      delete values[negated.name];
      values[negated.name] = false;
      if (args.length > 0) errors.push({ message: `--${rawName} takes no value; the words after it were ignored`, ...at(args[0]!.start) });
      continue;
    }
    const field = getField(rawName);
    if (field === undefined) {
      values[rawName] = args.length === 0 ? true : args.length === 1 ? args[0]!.text : args.map((a) => a.text);
      continue;
    }
    const read = readFlag(field, args);
    for (const path of [...floatWritten]) if (path === field.name || path.startsWith(`${field.name}.`)) floatWritten.delete(path);
    if (read.problem !== undefined) errors.push({ message: read.problem, ...at((args[0] ?? word).start) });
    if (read.value === undefined) {
      dropped.push({ key: field.name, reason: read.problem ?? 'no value' });
      continue;
    }
    delete values[field.name];
    values[field.name] = read.value;
    for (const path of read.floatPaths) floatWritten.add(path === '' ? field.name : `${field.name}.${path}`);
  }
  dropped.push(...settleValues(values));
  return { kwargs: { values, floatWritten }, dropped, errors };
}

function isOptionWord(text: string): boolean {
  return text.startsWith('-') && !NEGATIVE_NUMBER.test(text);
}

/**
 * Where the script's own arguments start: at once when the text starts with a flag; otherwise
 * after the launcher's script (`x.py`) or module (`-m module`), or at the first flag.
 */
function argumentsStart(words: readonly ShellWord[]): number {
  if (words[0]?.text.startsWith('--')) return 0;
  const script = words.findIndex((w) => /\.py$/i.test(w.text) && !w.text.startsWith('-'));
  const module = words.findIndex((w) => w.text === '-m');
  if (script >= 0 && (module < 0 || script < module)) return script + 1;
  if (module >= 0) return module + 2;
  const flag = words.findIndex((w) => w.text.startsWith('--'));
  return flag >= 0 ? flag : words.length;
}

interface ReadFlag {
  readonly value?: PyValue;
  readonly floatPaths: readonly string[];
  readonly problem?: string;
}

function readFlag(field: SectionedField, args: readonly ShellWord[]): ReadFlag {
  const flag = `--${field.name}`;
  const shape = cliShapeOf(field);
  const extra = (count: number): string | undefined =>
    args.length > count ? `HfArgumentParser would not use ${args.slice(count).map((a) => JSON.stringify(a.text)).join(' ')} after ${flag}` : undefined;
  if (shape.kind === 'flag') {
    const meaning = BOOL_MEANINGS[field.name];
    const asBool = (b: boolean): PyValue => (meaning ? meaning[b ? 0 : 1] : b);
    if (args.length === 0) {
      return { value: asBool(true), floatPaths: [], problem: shape.bareFlag ? undefined : `${flag} needs a value (True or False); read as True` };
    }
    const word = args[0]!.text;
    if (TRUE_WORDS.has(word.toLowerCase())) return { value: asBool(true), floatPaths: [], problem: extra(1) };
    if (FALSE_WORDS.has(word.toLowerCase())) return { value: asBool(false), floatPaths: [], problem: extra(1) };
    return { value: word, floatPaths: [], problem: `${flag} expects a truth value such as True or False, not ${JSON.stringify(word)}` };
  }
  if (shape.kind === 'list') {
    if (args.length === 0) return { floatPaths: [], problem: `${flag} needs at least one value` };
    return { value: args.map((a) => a.text), floatPaths: [] };
  }
  if (args.length === 0) return { floatPaths: [], problem: `${flag} needs a value` };
  const word = args[0]!.text;
  const more = extra(1);
  if (shape.kind === 'none') return { value: word, floatPaths: [], problem: `${flag}: ${shape.reason}` };
  // The library json-loads text starting with `{` for its dict fields (the rest are file paths).
  if (field.kind === 'dict' && word.startsWith('{')) {
    const parsed = parseJson(word);
    if (!parsed.ok) return { value: word, floatPaths: [], problem: `${flag} holds JSON that does not parse: ${parsed.error.message}` };
    return { value: parsed.value, floatPaths: [...parsed.floatWritten], problem: more };
  }
  if (field.kind === 'int' && /^\s*[-+]?\d+(?:_\d+)*\s*$/.test(word)) return { value: Number(word.replace(/_/g, '')), floatPaths: [], problem: more };
  if (field.kind === 'float') {
    const value = parsePythonFloat(word);
    if (value !== undefined) return { value, floatPaths: Number.isInteger(value) && /[.eE]/.test(word) ? [''] : [], problem: more };
  }
  if (field.kind === 'int' || field.kind === 'float') {
    return { value: word, floatPaths: [], problem: `${flag} expects ${field.kind === 'int' ? 'an integer' : 'a number'}, not ${JSON.stringify(word)}` };
  }
  return { value: word, floatPaths: [], problem: more };
}
