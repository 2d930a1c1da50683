import type { Kwargs, PyValue } from '../py/py-value';
import { formatPythonFloat } from '../py/py-literal';
import type { EmitEntry, EmitOptions } from './emit-entries';
import { emitEntries } from './emit-entries';
import { cliShapeOf } from './cli-shape';
import { toJsonText } from './json-text';
import { quoteShellWord } from './shell-quote';
import type { Target } from '../target/target';
import { unshellableReason } from './shell-word-limits';
import { withoutSecrets } from './without-secrets';

/** A value the command line cannot carry, left out of the flags. */
export interface SkippedFlag {
  readonly key: string;
  readonly reason: string;
}

export interface CliArgs {
  /** One entry per flag: the flag and its value words, unquoted (argv as the program sees it). */
  readonly flags: readonly (readonly string[])[];
  readonly skipped: readonly SkippedFlag[];
}

/**
 * The arguments as `HfArgumentParser` reads them from `sys.argv` (argv words, not yet quoted),
 * plus what could not be written: `None` where the default is something else, lists of several
 * names for the single-string `report_to` / `optim_target_modules`, `liger_kernel_config` and
 * `parallelism_config` (the parser cannot build them from text), and text no argv word can hold (NUL,
 * a lone surrogate). A token is left out: the Hub client reads `HF_TOKEN`. Which fields: see `emitEntries`.
 * @example cliArgs(kwargs({ bf16: true, seed: 1 })).flags // [['--seed', '1'], ['--bf16']]
 */
export function cliArgs(input: Kwargs, options: EmitOptions = {}): CliArgs {
  const flags: string[][] = [];
  const skipped: SkippedFlag[] = [];
  for (const entry of withoutSecrets(emitEntries(input, options))) {
    const result = flagFor(entry, input);
    const unshellable = Array.isArray(result) ? result.map(unshellableReason).find((reason) => reason !== undefined) : undefined;
    if (Array.isArray(result) && unshellable === undefined) flags.push(result);
    else if (unshellable !== undefined) skipped.push({ key: entry.field.name, reason: `--${entry.field.name}: ${unshellable}; use Python, JSON or YAML` });
    else if (entry.changed && !Array.isArray(result)) skipped.push({ key: entry.field.name, reason: result.reason });
  }
  return { flags, skipped };
}

/**
 * The changed values no flag can carry for the target (listed next to the flags and by `check`), with
 * the reason; each points to the JSON or YAML file, which can carry them.
 * @example notCarriedByFlags(kwargs({ report_to: ['wandb', 'tensorboard'] }))[0].key // 'report_to'
 */
export function notCarriedByFlags(input: Kwargs, target?: Target, configClass?: string): SkippedFlag[] {
  return [...cliArgs(input, { ...(target === undefined ? {} : { target }), ...(configClass === undefined ? {} : { configClass }) }).skipped];
}

/**
 * The flags as shell text, every word quoted for POSIX `sh`, one flag per line joined by `\`
 * continuations (or on one line with `oneLine`).
 * @example emitCliFlags(kwargs({ run_name: "it's" })) // "--run_name 'it'\\''s'"
 */
export function emitCliFlags(input: Kwargs, options: EmitOptions & { readonly oneLine?: boolean } = {}): string {
  return formatFlags(cliArgs(input, options).flags, options.oneLine === true ? ' ' : ' \\\n');
}

/** Quotes each flag's words for a POSIX shell and joins the flags with `separator`.
 * @example formatFlags([['--run_name', 'a b'], ['--bf16']], ' ') // "--run_name 'a b' --bf16"
 */
export function formatFlags(flags: readonly (readonly string[])[], separator: string): string {
  return flags.map((words) => words.map(quoteShellWord).join(' ')).join(separator);
}

function flagFor(entry: EmitEntry, input: Kwargs): string[] | { reason: string } {
  const { field, value } = entry;
  const flag = `--${field.name}`;
  const shape = cliShapeOf(field);
  if (shape.kind === 'none') return { reason: shape.reason };
  if (value === null) return { reason: 'None cannot be given on the command line (leave the flag out for the default)' };
  if (shape.kind === 'flag') {
    // The strings the library makes of True / False (`include_num_input_tokens_seen`: "all" / "no") are spelled as bools.
    const meaning = field.cliBoolMeaning;
    const spelled = typeof value === 'string' ? (value === meaning?.true ? true : value === meaning?.false ? false : undefined) : value;
    if (spelled === true) return shape.bareFlag ? [flag] : [flag, 'True'];
    if (spelled === false) return shape.noFlag ? [`--no_${field.name}`] : [flag, 'False'];
    if (meaning !== undefined) return { reason: `the parser reads ${flag} as a bool, so ${JSON.stringify(value)} cannot be written; use Python, JSON or YAML` };
    return withValue(flag, scalarText(value, entry));
  }
  if (shape.kind === 'list') {
    const items = typeof value === 'string' && field.cliSplitsString === true ? value.split(/\s+/).filter(Boolean) : Array.isArray(value) ? value : [value];
    if (items.length === 0) return { reason: `${flag} needs at least one value, so an empty list cannot be written` };
    const words = items.map((item) => scalarText(item, entry));
    if (words.some((word) => word === undefined || word.startsWith('-'))) {
      return { reason: `${flag} takes plain words; a nested value or one starting with "-" cannot be written` };
    }
    return [flag, ...(words as string[])];
  }
  if (typeof value === 'object' && !Array.isArray(value)) {
    if (field.kind !== 'dict') return { reason: `${flag} takes text, not a dict` };
    return withValue(flag, toJsonText(value, { floatWritten: input.floatWritten, path: field.name }));
  }
  if (Array.isArray(value)) {
    const joined = field.cliListForm === 'space-joined';
    if (joined && value.length === 0) {
      return { reason: `${flag} takes one string, so an empty list cannot be written (leaving the flag out gives None, which also means off)` };
    }
    if (joined && value.every((item) => typeof item === 'string')) return withValue(flag, value.join(' '));
    // report_to's one string is wrapped into a list by the library; optim_target_modules' one string is a regex, not a list.
    if (value.length === 1 && typeof value[0] === 'string' && field.cliListForm === 'one-item') return withValue(flag, value[0]);
    if (value.length === 0 && field.cliEmptyList !== undefined) return [flag, field.cliEmptyList];
    return { reason: `HfArgumentParser reads ${flag} as a single string, so this list cannot be written; use Python, JSON or YAML` };
  }
  if (value === true && shape.kind === 'value' && shape.bareTrue === true) return [flag];
  if (typeof value === 'boolean' && field.cliListForm === 'space-joined') {
    return { reason: `${flag} ${value ? 'True' : 'False'} would be read as an option name` };
  }
  return withValue(flag, scalarText(value, entry));
}

function withValue(flag: string, text: string | undefined): string[] | { reason: string } {
  if (text === undefined) return { reason: `${flag} takes a single value` };
  // argparse takes a word starting with "-" for another option unless it is glued on with "=".
  return text.startsWith('-') ? [`${flag}=${text}`] : [flag, text];
}

/** The text Python's `str()` gives the value, which is what the parser must receive. */
function scalarText(value: PyValue, entry: EmitEntry): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    if (entry.asFloat || !Number.isInteger(value)) return formatPythonFloat(value);
    return BigInt(value).toString();
  }
  return undefined;
}
