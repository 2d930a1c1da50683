import type { ImporterId } from '../formats/formats';
import type { Kwargs, PyValue } from '../py/py-value';
import { retiredArgument } from '../registry/renames';
import { isFieldName } from '../registry/registry';
import { DEFAULT_TARGET, TARGETS, type Target } from '../target/target';
import { argFields } from './arg-fields';
import { importCliFlags } from './cli-flags';
import { BASE_CLASS, classesDeclaring, isKnownClass } from './config-classes';
import { detectFormat } from './detect-format';
import type { DroppedValue, ImportError, ImportNote, ImportResult } from './import-result';
import { importJson } from './json';
import type { LaunchInfo } from './launch-info';
import { importPython } from './python';
import type { ArgOwner, ArgOwnerId, RecipeReader } from './recipe-owners';
import { ARG_OWNERS, axolotlAutoNote, axolotlConvertsNote, ownerOf, readerOwner, recipeReader } from './recipe-owners';
import { importYaml } from './yaml';

/** A name that is not an argument of the class in use, with the program that most likely reads it. */
export interface OtherArg {
  readonly name: string;
  readonly value: PyValue;
  /** An owner of `ARG_OWNERS` (named in each language by `ownerLabel`). */
  readonly owner: ArgOwnerId;
  /** Paths inside `value` ('' for the value itself) of whole numbers the reader holds as floats. */
  readonly floatPaths: readonly string[];
}

/** Names of the pasted text that another config class declares: offer to switch to it. */
export interface ClassSuggestion {
  readonly className: string;
  readonly names: readonly string[];
}

/** Everything an import found, split by who reads each name. */
export interface ImportReport {
  /** The format the text was read as (null when it could not be told). */
  readonly format: ImporterId | null;
  /** The class the arguments are for: the one the text calls, else the one asked for. */
  readonly configClass: string;
  /** True when the text itself calls `configClass` (so the app should switch to it). */
  readonly classFromText: boolean;
  readonly reader?: RecipeReader;
  /**
   * The keyword arguments that reach the class's constructor, as the reading program hands them over
   * (int vs float included). In a Python call every keyword does, known or not, so unknown names stay
   * here for validation to report; from a command line or a file only the class's own names do.
   */
  readonly imported: Kwargs;
  /** Names that belong to the script, a tool, the launcher or another config class. */
  readonly otherArgs: readonly OtherArg[];
  readonly notImported: readonly DroppedValue[];
  readonly errors: readonly ImportError[];
  readonly notes: readonly ImportNote[];
  readonly launch?: LaunchInfo;
  readonly classSuggestion?: ClassSuggestion;
}

export interface ImportTextOptions {
  /** The format; detected from `fileName` or the content when not given. */
  readonly format?: ImporterId;
  readonly fileName?: string;
  readonly target?: Target;
  /** The class the app currently builds (TrainingArguments when not given). */
  readonly configClass?: string;
}

function readAs(format: ImporterId, text: string, target: Target, className: string): ImportResult {
  switch (format) {
    case 'python':
      return importPython(text);
    case 'cli':
      return importCliFlags(text, { target, configClass: className });
    case 'json':
      return importJson(text);
    case 'yaml':
      return importYaml(text, { loader: 'auto' });
  }
}

/**
 * Reads pasted text in any format as the program that reads it would, for the target and class, and
 * sorts every name: constructor arguments (`imported`), other programs' arguments (`otherArgs`, with
 * their owner), values that could not be read (`notImported`, with their source text). Never throws.
 * @example importText('python run_glue.py --task_name mrpc --num_train_epochs 3').imported.values // { num_train_epochs: 3 }
 */
export function importText(text: string, options: ImportTextOptions = {}): ImportReport {
  const format = options.format ?? detectFormat(text, options.fileName);
  const target = options.target ?? DEFAULT_TARGET;
  const asked = options.configClass ?? BASE_CLASS;
  if (format === null) {
    return {
      format,
      configClass: asked,
      classFromText: false,
      imported: { values: {}, floatWritten: new Set() },
      otherArgs: [],
      notImported: [],
      errors: [{ message: 'The format could not be recognised: choose Python, CLI flags, JSON or YAML' }],
      notes: [],
    };
  }
  // A command line is read with the class's own option table, so a called class must be known first:
  // only Python names it, and Python is read without one.
  const result = readAs(format, text, target, asked);
  const called = result.configClass !== undefined && isKnownClass(result.configClass) ? result.configClass : undefined;
  const reader = result.reader ?? (format === 'python' ? undefined : recipeReader(Object.keys(result.kwargs.values)));
  // LLaMA-Factory builds Seq2SeqTrainingArguments from its recipes, so its generation fields are arguments too.
  const implied = reader === 'llamafactory' && asked === BASE_CLASS ? 'Seq2SeqTrainingArguments' : undefined;
  const className = called ?? implied ?? asked;
  const fields = argFields({ target, configClass: className });
  const values: Record<string, PyValue> = {};
  const otherArgs: OtherArg[] = [];
  const floatsUnder = (name: string): string[] =>
    [...result.kwargs.floatWritten].flatMap((path) =>
      path === name ? [''] : path.startsWith(`${name}.`) || path.startsWith(`${name}[`) ? [path.slice(name.length)] : [],
    );
  const elsewhere = new Map<string, string[]>();
  const notes: ImportNote[] = [...(result.notes ?? [])];
  for (const [name, value] of Object.entries(result.kwargs.values)) {
    // In YAML, `bf16: auto` and `tf32: auto` are axolotl's (it decides from the GPU), even where the rest of the file does
    // not give axolotl away; LLaMA-Factory has no such value.
    const precisionAuto = value === 'auto' && format === 'yaml' && reader !== 'llamafactory' ? axolotlAutoNote(name) : undefined;
    // Names axolotl converts itself (warmup_ratio → warmup_steps) never reach the constructor either.
    const axolotlNote = precisionAuto ?? (reader === 'axolotl' ? axolotlConvertsNote(name) : undefined);
    if (axolotlNote !== undefined) {
      otherArgs.push({ name, value, owner: 'axolotl', floatPaths: floatsUnder(name) });
      notes.push(axolotlNote);
      continue;
    }
    // axolotl decides other `auto` values itself too; TrainingArguments never sees the word.
    if (reader === 'axolotl' && value === 'auto') {
      const owner = ownerOf(name, reader);
      if (owner) {
        otherArgs.push({ name, value, owner: owner.id, floatPaths: floatsUnder(name) });
        continue;
      }
    }
    // A TrainingArguments name of any release stays an argument, so validation can say where it exists.
    if (fields.has(name) || isKnownArgumentName(name)) {
      values[name] = value;
      continue;
    }
    const classes = classesDeclaring(name, className, target);
    const owner = ownerBesideClasses(ownerOf(name, reader), classes, reader);
    // A name a script or tool documents is not evidence for a config class.
    if (owner === undefined) for (const c of classes) elsewhere.set(c, [...(elsewhere.get(c) ?? []), name]);
    // Every keyword of a call reaches the constructor, which is where an unknown name fails.
    if (format === 'python') {
      values[name] = value;
      continue;
    }
    if (owner) otherArgs.push({ name, value, owner: owner.id, floatPaths: floatsUnder(name) });
    // Another config class's field reaches this class's constructor and fails there: kept, with a switch offered.
    else values[name] = value;
  }
  const floatWritten = new Set([...result.kwargs.floatWritten].filter((path) => Object.hasOwn(values, path.split(/[.[]/)[0] ?? '')));
  const best = [...elsewhere].sort((a, b) => b[1].length - a[1].length)[0];
  return {
    format,
    configClass: className,
    classFromText: called !== undefined,
    ...(reader === undefined ? {} : { reader }),
    imported: { values, floatWritten },
    otherArgs,
    notImported: result.dropped,
    errors: result.errors,
    notes,
    ...(result.launch === undefined ? {} : { launch: result.launch }),
    ...(best === undefined ? {} : { classSuggestion: { className: best[0], names: best[1] } }),
  };
}

/** The owner ids in table order, for grouping other arguments in displays. */
export const OWNER_ORDER: readonly string[] = ARG_OWNERS.map((o) => o.id);

/**
 * A recipe tool's name (LLaMA-Factory's `packing`, alignment-handbook's `eos_token`) that a config class also
 * declares belongs to the class unless that tool is the recognised reader: TRL's own scripts pass these to
 * `SFTConfig` and friends. Scripts' and launchers' names keep their owner.
 */
function ownerBesideClasses(owner: ArgOwner | undefined, classes: readonly string[], reader: RecipeReader | undefined): ArgOwner | undefined {
  if (owner === undefined || classes.length === 0 || !RECIPE_TOOLS.has(owner.id)) return owner;
  return reader !== undefined && owner.id === readerOwner(reader) ? owner : undefined;
}

const RECIPE_TOOLS: ReadonlySet<ArgOwnerId> = new Set(['llamafactory', 'axolotl', 'alignment-handbook']);

function isKnownArgumentName(name: string): boolean {
  return TARGETS.some((t) => isFieldName(name, t) || retiredArgument(name, t) !== undefined);
}
