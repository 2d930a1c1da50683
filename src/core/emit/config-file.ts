import type { Kwargs, PyValue } from '../py/py-value';
import { getClassField } from '../config-class/class-registry';
import { DEFAULT_TARGET } from '../target/target';
import type { EmitOptions } from './emit-entries';
import type { EmitNote } from './emit-notes';

export type { EmitNote } from './emit-notes';

/** A generated side file (DeepSpeed JSON, accelerate YAML): its text, the name to save it under, and what to decide. */
export interface ConfigFileText {
  readonly text: string;
  readonly fileName: string;
  readonly notes: readonly EmitNote[];
}

/** The run the launch is for: processes on each machine and machines (the Launch panel's run context). */
export interface ConfigFileOptions extends EmitOptions {
  readonly devicesPerNode?: number;
  readonly nodes?: number;
}

/**
 * The value the class is built with for `name`: the user's, else the class's default on the target
 * (`SFTConfig`'s `bf16` default differs from `TrainingArguments'`), else None.
 * @example givenOrDefault(kwargs({}), 'optim') // 'adamw_torch_fused'
 */
export function givenOrDefault(input: Kwargs, name: string, options: EmitOptions = {}): PyValue {
  if (Object.hasOwn(input.values, name) && input.values[name] !== undefined) return input.values[name] ?? null;
  return getClassField(name, options.target ?? DEFAULT_TARGET, options.configClass)?.default ?? null;
}

/** A whole number ≥ 1, or 1 (the same clamp the launch command uses). */
export function wholeAtLeastOne(value: number | undefined): number {
  return Math.max(1, Math.trunc(Number.isFinite(value) ? (value as number) : 1));
}
