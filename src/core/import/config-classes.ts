import type { DeclaredField } from './trl-declared-fields';
import { TRL_DECLARED_FIELDS } from './trl-declared-fields';

/**
 * A dataclass whose constructor takes TrainingArguments' keywords plus its own: transformers'
 * `TrainingArguments` and `Seq2SeqTrainingArguments`, and TRL's trainer configs. Importers use it to
 * recognise the class a script calls, to read its own fields with the right types, and to say which
 * class a pasted name belongs to.
 */
export interface ConfigClass {
  /** The Python class name, as called in scripts. */
  readonly name: string;
  /** The package it is imported from. */
  readonly module: 'transformers' | 'trl';
  /** Fields it declares beyond (or over) TrainingArguments, with annotation and default. */
  readonly declared: readonly DeclaredField[];
}

const SEQ2SEQ_FIELDS: readonly DeclaredField[] = [
  ['sortish_sampler', 'bool', false],
  ['predict_with_generate', 'bool', false],
  ['generation_max_length', 'int | None', null],
  ['generation_num_beams', 'int | None', null],
  ['generation_config', 'str | Path | GenerationConfig | None', null],
];

/** Every class the importers recognise, TrainingArguments first. */
export const CONFIG_CLASSES: readonly ConfigClass[] = [
  { name: 'TrainingArguments', module: 'transformers', declared: [] },
  { name: 'Seq2SeqTrainingArguments', module: 'transformers', declared: SEQ2SEQ_FIELDS },
  ...Object.entries(TRL_DECLARED_FIELDS).map(([name, declared]) => ({ name, module: 'trl' as const, declared })),
];

export const BASE_CLASS = 'TrainingArguments';

/**
 * The class called `name`, or undefined for a class the importers do not know.
 * @example configClass('SFTConfig')?.module // 'trl'
 */
export function configClass(name: string): ConfigClass | undefined {
  return CONFIG_CLASSES.find((c) => c.name === name);
}

/**
 * The field `name` as `className` declares it itself (not inherited from TrainingArguments).
 * @example declaredField('SFTConfig', 'packing')?.[1] // 'bool'
 */
export function declaredField(className: string, name: string): DeclaredField | undefined {
  return configClass(className)?.declared.find(([field]) => field === name);
}

/**
 * The classes (other than `current`) that declare `name` themselves, in table order.
 * @example classesDeclaring('predict_with_generate') // ['Seq2SeqTrainingArguments']
 */
export function classesDeclaring(name: string, current = BASE_CLASS): string[] {
  return CONFIG_CLASSES.filter((c) => c.name !== current && c.declared.some(([field]) => field === name)).map((c) => c.name);
}
