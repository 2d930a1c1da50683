import { message } from '../i18n/messages/message';
import { cliShapeOf } from '../emit/cli-shape';
import { parseJson } from '../py/parse-json';
import type { PyValue } from '../py/py-value';
import type { ArgField, ImportContext } from './arg-fields';
import { argFields } from './arg-fields';
import type { DroppedValue, ImportError, ImportNote, ImportResult } from './import-result';
import { positionOf } from './import-result';
import { splitCommand } from './launch-info';
import { ownerOf } from './recipe-owners';
import { refusedImport } from './input-limits';
import { parsePythonFloat } from './python-expr';
import type { ShellWord } from './shell-words';
import { splitShellCommands } from './shell-words';
import { settleValues } from './settle-values';

// argparse's test for a word that is a negative number (a value) rather than an option.
const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;
const TRUE_WORDS = new Set(['yes', 'true', 't', 'y', '1']);
const FALSE_WORDS = new Set(['no', 'false', 'f', 'n', '0']);
const SHELL_VARIABLE = /\$(?:\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*|\d|[@*#?$!-])/;

/**
 * Reads a command line as `HfArgumentParser` would for the target's class: `--x v`, `--x=v`, `--x-y`
 * for `--x_y`, abbreviations argparse expands (`--num_train_epoch`), a lone `-` as a value, bare bool
 * flags and `--no_x`, several words after a list flag, JSON text for dict fields, and each value
 * converted by its annotation (`--num_train_epochs 3` is the float 3.0). The launcher part
 * (`CUDA_VISIBLE_DEVICES=0,1 torchrun --nproc_per_node 2 x.py`, `accelerate launch`, `deepspeed`,
 * `python -m torch.distributed.launch`) goes to `launch`. Flags the class does not have are kept under
 * their name (as text) for the caller to attribute; `$VARS` in text values are kept and noted, in
 * numbers and flags they are dropped with a reason.
 * @example importCliFlags("torchrun --nproc_per_node 2 train.py --bf16 --learning_rate=1e-4").kwargs.values // { bf16: true, learning_rate: 0.0001 }
 */
export function importCliFlags(text: string, context: ImportContext = {}): ImportResult {
  const refused = refusedImport(text);
  if (refused) return refused;
  const values: Record<string, PyValue> = {};
  const floatWritten = new Set<string>();
  const dropped: DroppedValue[] = [];
  const errors: ImportError[] = [];
  const notes: ImportNote[] = [];
  const at = (offset: number): { line: number; column: number } => positionOf(text, offset);
  const split = splitShellCommands(text);
  if (split.problem) errors.push({ message: split.problem.message, ...at(split.problem.offset) });
  const flagCount = (words: ShellWord[]): number => words.filter((w) => w.text.startsWith('--')).length;
  const command = [...split.commands].sort((a, b) => flagCount(b) - flagCount(a))[0] ?? [];
  const { launch, argumentsStart } = splitCommand(command);
  const words = command.slice(argumentsStart);
  const options = optionTable(context);

  let i = 0;
  let positionalOnly = false;
  while (i < words.length) {
    const word = words[i]!;
    i++;
    if (positionalOnly || !isOptionWord(word.text)) {
      if (/\.(?:json|ya?ml)$/i.test(word.text) && words.length === 1) {
        notes.push({
          key: word.text,
          text: message('import.script-reads-file', { file: word.text }),
        });
      } else errors.push({ message: `The word ${JSON.stringify(word.text)} belongs to no flag and was ignored`, ...at(word.start) });
      continue;
    }
    if (word.text === '--') {
      positionalOnly = true;
      continue;
    }
    const eq = word.text.indexOf('=');
    const typed = eq < 0 ? word.text : word.text.slice(0, eq);
    const args: ShellWord[] = eq < 0 ? [] : [{ text: word.text.slice(eq + 1), start: word.start + eq + 1 }];
    // Like argparse, only an option without `=` swallows the following words.
    while (eq < 0 && i < words.length && !isOptionWord(words[i]!.text)) args.push(words[i++]!);
    const typedName = typed.replace(/^-+/, '').replace(/-/g, '_');
    // A name another program documents is that program's option, not an abbreviation of ours.
    const match = ownerOf(typedName) !== undefined && !options.has(typed) ? UNKNOWN : resolveOption(typed, options);
    if (match.kind === 'ambiguous') {
      errors.push({
        message: `argparse rejects ${typed} as ambiguous: it could be ${match.candidates.join(', ')}; write the option in full`,
        ...at(word.start),
      });
      continue;
    }
    if (match.kind === 'unknown') {
      const name = typedName;
      values[name] = args.length === 0 ? true : args.length === 1 ? args[0]!.text : args.map((a) => a.text);
      continue;
    }
    if (match.abbreviated) {
      notes.push({
        key: match.field.name,
        text: message('import.abbreviation', { typed, option: match.option }),
      });
    }
    const field = match.field;
    if (match.negated) {
      delete values[field.name];
      values[field.name] = false;
      if (args.length > 0) errors.push({ message: `${typed} takes no value; the words after it were ignored`, ...at(args[0]!.start) });
      continue;
    }
    const variable = args.find((a) => SHELL_VARIABLE.test(a.text));
    if (variable !== undefined && !takesText(field)) {
      dropped.push({ key: field.name, reason: `\`${variable.text}\` is a shell variable; its value is only known when the command runs` });
      delete values[field.name];
      continue;
    }
    const read = readFlag(field, args);
    for (const path of [...floatWritten]) if (path === field.name || path.startsWith(`${field.name}.`)) floatWritten.delete(path);
    if (read.problem !== undefined) errors.push({ message: read.problem, ...at((args[0] ?? word).start) });
    if (read.value === undefined) {
      dropped.push({ key: field.name, reason: read.problem ?? 'no value' });
      continue;
    }
    if (variable !== undefined) {
      notes.push({
        key: field.name,
        text: message('import.shell-variable', { field: field.name, variable: variable.text }),
      });
    }
    delete values[field.name];
    values[field.name] = read.value;
    for (const path of read.floatPaths) floatWritten.add(path === '' ? field.name : `${field.name}.${path}`);
  }
  dropped.push(...settleValues(values));
  return { kwargs: { values, floatWritten }, dropped, errors, notes, ...(launch === undefined ? {} : { launch }) };
}

/** argparse's test: a word starting with `-` is an option unless it is a lone `-`, a negative number or has a space. */
function isOptionWord(text: string): boolean {
  return text.startsWith('-') && text !== '-' && !NEGATIVE_NUMBER.test(text) && !(text.includes(' ') && !text.startsWith('--'));
}

function takesText(field: ArgField): boolean {
  const shape = cliShapeOf(field);
  return (shape.kind === 'value' || shape.kind === 'list') && shape.type !== 'int' && shape.type !== 'float';
}

interface OptionTarget {
  readonly field: ArgField;
  readonly negated: boolean;
}

/** Every option string the parser registers for the class: `--x_y`, `--x-y`, and `--no_x` / `--no-x` for bools defaulting to True. */
function optionTable(context: ImportContext): ReadonlyMap<string, OptionTarget> {
  const table = new Map<string, OptionTarget>();
  for (const field of argFields(context).values()) {
    const shape = cliShapeOf(field);
    table.set(`--${field.name}`, { field, negated: false });
    if (field.name.includes('_')) table.set(`--${field.name.replace(/_/g, '-')}`, { field, negated: false });
    if (shape.kind === 'flag' && shape.noFlag) {
      table.set(`--no_${field.name}`, { field, negated: true });
      table.set(`--no-${field.name.replace(/_/g, '-')}`, { field, negated: true });
    }
  }
  return table;
}

const UNKNOWN = { kind: 'unknown' } as const;

type OptionMatch =
  | { readonly kind: 'field'; readonly field: ArgField; readonly negated: boolean; readonly option: string; readonly abbreviated: boolean }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  | { readonly kind: 'unknown' };

/**
 * The option argparse picks for what was typed: the exact option string, else the only option (of
 * one field and sense) the text is a prefix of. argparse only abbreviates `--` options of 2+ letters.
 */
function resolveOption(typed: string, options: ReadonlyMap<string, OptionTarget>): OptionMatch {
  const exact = options.get(typed);
  if (exact) return { kind: 'field', ...exact, option: typed, abbreviated: false };
  if (!typed.startsWith('--') || typed.length < 3) return { kind: 'unknown' };
  const matches = [...options].filter(([option]) => option.startsWith(typed));
  const targets = new Map(matches.map(([option, t]) => [`${t.field.name}/${t.negated}`, { option, t }]));
  if (targets.size === 0) return { kind: 'unknown' };
  if (targets.size > 1) return { kind: 'ambiguous', candidates: matches.map(([option]) => option) };
  const [{ option, t }] = [...targets.values()] as [{ option: string; t: OptionTarget }];
  return { kind: 'field', ...t, option, abbreviated: true };
}

interface ReadFlag {
  readonly value?: PyValue;
  readonly floatPaths: readonly string[];
  readonly problem?: string;
}

function readFlag(field: ArgField, args: readonly ShellWord[]): ReadFlag {
  const flag = `--${field.name}`;
  const shape = cliShapeOf(field);
  const extra = (count: number): string | undefined =>
    args.length > count
      ? `HfArgumentParser would not use ${args
          .slice(count)
          .map((a) => JSON.stringify(a.text))
          .join(' ')} after ${flag}`
      : undefined;
  if (shape.kind === 'flag') {
    // Only where the annotation admits the strings does __post_init__ turn the parsed bool into them (4.56 keeps a bool).
    const meaning = field.pyType.includes('str') ? field.cliBoolMeaning : undefined;
    const asBool = (b: boolean): PyValue => (meaning ? meaning[b ? 'true' : 'false'] : b);
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
    const items = args.map((a) => convert(shape.type, a.text));
    const bad = items.findIndex((item) => item.problem !== undefined);
    if (bad >= 0) return { value: args.map((a) => a.text), floatPaths: [], problem: `${flag}: ${items[bad]!.problem}` };
    return { value: items.map((item) => item.value), floatPaths: items.flatMap((item, n) => (item.float ? [`[${n}]`] : [])) };
  }
  if (args.length === 0) {
    if (shape.kind === 'value' && shape.bareTrue === true) return { value: true, floatPaths: [] };
    return { floatPaths: [], problem: `${flag} needs a value` };
  }
  const word = args[0]!.text;
  const more = extra(1);
  if (shape.kind === 'none') return { value: word, floatPaths: [], problem: `${flag}: ${shape.reason}` };
  // The library json-loads text starting with `{` for its dict fields (the rest are file paths).
  if ((field.kind === 'dict' || field.pyType.startsWith('dict')) && word.startsWith('{')) {
    const parsed = parseJson(word);
    if (!parsed.ok) return { value: word, floatPaths: [], problem: `${flag} holds JSON that does not parse: ${parsed.error.message}` };
    return { value: parsed.value, floatPaths: [...parsed.floatWritten], problem: more };
  }
  const converted = convert(shape.type, word);
  if (converted.problem !== undefined) return { value: word, floatPaths: [], problem: `${flag} ${converted.problem}` };
  return { value: converted.value, floatPaths: converted.float ? [''] : [], problem: more };
}

/** What argparse's `type=` callable makes of a word: `int(word)`, `float(word)` (always a float), or the text. */
function convert(type: string, word: string): { value: PyValue; float?: boolean; problem?: string } {
  if (type === 'int') {
    if (/^\s*[-+]?\d+(?:_\d+)*\s*$/.test(word)) return { value: Number(word.replace(/_/g, '')) };
    return { value: word, problem: `expects an integer, not ${JSON.stringify(word)}` };
  }
  if (type === 'float') {
    const value = parsePythonFloat(word);
    if (value === undefined) return { value: word, problem: `expects a number, not ${JSON.stringify(word)}` };
    return { value, float: Number.isInteger(value) };
  }
  return { value: word };
}
