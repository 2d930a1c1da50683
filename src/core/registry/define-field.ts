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
}

/** A field with the form section it is shown in. */
export interface SectionedField extends FieldDef {
  readonly section: SectionId;
}

/** Declares one field; a typed identity so entries stay plain data. */
export function defineField<const F extends FieldDef>(field: F): F {
  return field;
}
