import { classFieldsFor, isClassOnTarget } from '../config-class/class-registry';
import { CONFIG_CLASSES, DEFAULT_CONFIG_CLASS, getConfigClass } from '../config-class/classes';
import { fieldsFor } from '../registry/registry';
import { DEFAULT_TARGET, type Target } from '../target/target';

/** The class arguments are for when nothing names one. */
export const BASE_CLASS = DEFAULT_CONFIG_CLASS;

/**
 * Whether `name` is a class of the config-class table.
 * @example isKnownClass('SFTConfig') // true
 */
export function isKnownClass(name: string): boolean {
  return getConfigClass(name) !== undefined;
}

/**
 * The classes (other than `current`) that take `name` although TrainingArguments of the target does not,
 * in table order: where a pasted name that is no TrainingArguments field belongs.
 * @example classesDeclaring('predict_with_generate') // ['Seq2SeqTrainingArguments']
 */
export function classesDeclaring(name: string, current: string = BASE_CLASS, target: Target = DEFAULT_TARGET): string[] {
  if (fieldsFor(target).some((f) => f.name === name)) return [];
  return CONFIG_CLASSES.filter((c) => c.name !== current && isClassOnTarget(c.name, target) && classFieldsFor(target, c.name).some((f) => f.name === name)).map(
    (c) => c.name,
  );
}
