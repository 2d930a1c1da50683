import type { PyValue } from '../py/py-value';

/** Sections of the form, in display order. */
export const SECTION_IDS = [
  'training',
  'optimizer',
  'scheduler',
  'evaluation',
  'checkpointing',
  'logging',
  'precision',
  'hardware',
  'dataloader',
  'distributed',
  'hub',
  'script',
  // The fields a config class adds (SFTConfig's, DPOConfig's, …); the form titles it with the class name.
  'class',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/**
 * How a field's value is shaped, which picks its widget, its parser and its Python literal.
 * - `int`, `float`, `bool`, `string`: scalars (with `nullable`, `None` is also accepted)
 * - `enum`: one of `choices` (`include_num_input_tokens_seen` also takes a bool)
 * - `list`: a list of strings; with `choices`, a multi-select (`report_to`, `fsdp`, `debug` also take a string)
 * - `dict`: a JSON object, or a path/JSON string the library parses itself
 * - `object`: a Python object that cannot be written as a literal (`parallelism_config`)
 */
export type FieldKind = 'int' | 'float' | 'bool' | 'string' | 'enum' | 'list' | 'dict' | 'object';

/**
 * The JSON shapes a keyword argument can take. `int` is a whole number not written as a float; `number` any
 * finite number.
 */
export const VALUE_SHAPES = ['int', 'number', 'bool', 'string', 'list', 'dict', 'none'] as const;
export type ValueShape = (typeof VALUE_SHAPES)[number];

/**
 * Who checks a value against `choices`, where it is not the app's plain choice check (schema-choice):
 * - `library-enum`: `__post_init__` converts the name to an enum, so an unknown one raises there
 * - `library-split`: the library splits a string of options and checks each one (schema-list-option covers the list form)
 * - `trackers`: tracker names, checked against the integrations the Trainer knows (`report_to`)
 */
export type ChoiceCheck = 'library-enum' | 'library-split' | 'trackers';

/**
 * How a list value goes on the command line for a field the parser reads as one string:
 * - `space-joined`: the items joined by spaces, which the library splits again (`fsdp`)
 * - `one-item`: a one-item list as its item, which `__post_init__` wraps into a list again (`report_to`)
 */
export type CliListForm = 'space-joined' | 'one-item';

/** How prominent a field is in the form: core is always shown, the rest behind a per-section toggle. */
export type Tier = 'core' | 'advanced' | 'expert' | 'hidden';

export interface FieldDef {
  /** Exact Python keyword name; also the input label. */
  readonly name: string;
  readonly kind: FieldKind;
  /** The annotation in `training_args.py`, shown as a hint. */
  readonly pyType: string;
  /** The library default on the reference profile (CUDA, torch >= 2.8). */
  readonly default: PyValue;
  /** `None` is a meaningful value. */
  readonly nullable?: boolean;
  readonly choices?: readonly string[];
  /** A `list` field of numbers (TRL's `loss_weights`, `reward_weights`) rather than of strings. */
  readonly items?: 'number';
  /** Free-text fields with common values to pick from. */
  readonly suggestions?: readonly string[];
  /** Smallest sensible value (inclusive) for numbers; below it training fails or means nothing. */
  readonly min?: number;
  /** Largest sensible value; `exclusiveMax` makes it a strict bound. */
  readonly max?: number;
  readonly exclusiveMax?: boolean;
  readonly tier: Tier;
  /** One line: what the field does. */
  readonly summary: string;
  /** Full help: units, interactions, pitfalls. */
  readonly help: string;
  /** Set when the field is deprecated: what to use instead. */
  readonly deprecated?: string;
  /** First transformers version that has the field, when newer than early 2024. */
  readonly since?: string;
  /** First transformers version without the field, for fields an older target still has (`'5.0'`). */
  readonly until?: string;

  // Facts the validators and emitters read, declared here so a field says everything about itself.

  /** The shapes the field accepts when they are a union its kind cannot express (`fsdp`: bool, string, list or None). */
  readonly shapes?: readonly ValueShape[];
  /** An int field where a whole float (`1800.0`) only meets float-safe arithmetic (timedelta, modulo), so Python runs it unchanged. */
  readonly wholeFloatOk?: true;
  /** `TrainingArguments` checks the whole value itself (type and bounds), so the app's schema checks leave it to the library rules. */
  readonly libraryTyped?: true;
  /** `TrainingArguments` checks the bounds itself, so the app's range check leaves them to the library rules. */
  readonly libraryBounded?: true;
  /** The rule that reports a 0 here with the Trainer failure it leads to; the range check then reports only the other values. */
  readonly zeroRule?: string;
  /** Who checks the value against `choices` when it is not the app's plain choice check. */
  readonly choiceCheck?: ChoiceCheck;
  /**
   * A dict field the library also takes as a JSON string starting with `{`, which `__post_init__` parses: its
   * place in the library's `_VALID_DICT_FIELDS`, the order they are parsed in (so the first bad one is the one raised).
   */
  readonly jsonString?: number;
  /** A number that is a step count when >= 1 and a ratio below 1; whole values are written as ints (`save_steps=500`). */
  readonly stepOrRatio?: true;
  /** Set per process by the launcher (torchrun, accelerate), so code written with every field leaves it out. */
  readonly launcherSet?: true;
  /** The strings the library makes of True / False for a field the command-line parser reads as a bool. */
  readonly cliBoolMeaning?: { readonly true: string; readonly false: string };
  /** How a list value is written for a field the command-line parser reads as one string. */
  readonly cliListForm?: CliListForm;
  /** The word that stands for an empty list on the command line (`report_to`: `none`). */
  readonly cliEmptyList?: string;
  /** A string value the library splits on spaces; on the command line it is written as a list of words (`debug`). */
  readonly cliSplitsString?: true;
  /** The field's argparse option has `nargs="?"` and `const=True`, so a bare `--name` means True. */
  readonly cliBareTrue?: true;
}

/** A field with the form section it is shown in. */
export interface SectionedField extends FieldDef {
  readonly section: SectionId;
}

/** Declares one field; a typed identity so entries stay plain data. */
export function defineField<const F extends FieldDef>(field: F): F {
  return field;
}
