import type { PyValue } from '../py/py-value';
import type { FieldKind } from '../registry/define-field';
import { fieldsFor } from '../registry/registry';
import { DEFAULT_TARGET, type Target } from '../target/target';
import { BASE_CLASS, configClass } from './config-classes';

/** A constructor argument as the parser sees it: name, annotation and default (and the registry's kind when known). */
export interface ArgField {
  readonly name: string;
  readonly pyType: string;
  readonly default: PyValue;
  readonly kind?: FieldKind;
}

/** The release and config class the pasted text is read for. */
export interface ImportContext {
  readonly target?: Target;
  /** A class of `CONFIG_CLASSES` (`SFTConfig`); TrainingArguments when not given. */
  readonly configClass?: string;
}

const CACHE = new Map<string, ReadonlyMap<string, ArgField>>();

/**
 * Every argument the class's constructor takes on the target: the target's TrainingArguments fields,
 * with the class's own declarations added or put over them.
 * @example argFields({ configClass: 'SFTConfig' }).get('packing')?.pyType // 'bool'
 */
export function argFields(context: ImportContext = {}): ReadonlyMap<string, ArgField> {
  const target = context.target ?? DEFAULT_TARGET;
  const className = context.configClass ?? BASE_CLASS;
  const key = `${target}/${className}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const fields = new Map<string, ArgField>(fieldsFor(target).map((f) => [f.name, f]));
  for (const [name, pyType, value] of configClass(className)?.declared ?? []) {
    const base = fields.get(name);
    fields.set(name, { name, pyType, default: value, ...(base?.kind === undefined ? {} : { kind: base.kind }) });
  }
  CACHE.set(key, fields);
  return fields;
}
