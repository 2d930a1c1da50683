import { classFieldsFor } from '../config-class/class-registry';
import type { SectionedField } from '../registry/define-field';
import { DEFAULT_TARGET, type Target } from '../target/target';
import { BASE_CLASS } from './config-classes';

/** A constructor argument as the parser sees it: name, annotation, default and the registry's kind. */
export type ArgField = Pick<SectionedField, 'name' | 'pyType' | 'default' | 'kind' | 'cliBareTrue' | 'cliBoolMeaning'>;

/** The release and config class the pasted text is read for. */
export interface ImportContext {
  readonly target?: Target;
  /** A class of the config-class table (`SFTConfig`); TrainingArguments when not given. */
  readonly configClass?: string;
}

const CACHE = new Map<string, ReadonlyMap<string, ArgField>>();

/**
 * Every argument the class's constructor takes on the target, keyed by name.
 * @example argFields({ configClass: 'SFTConfig' }).get('packing')?.pyType // 'bool'
 */
export function argFields(context: ImportContext = {}): ReadonlyMap<string, ArgField> {
  const target = context.target ?? DEFAULT_TARGET;
  const className = context.configClass ?? BASE_CLASS;
  const key = `${target}/${className}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const fields = new Map<string, ArgField>(classFieldsFor(target, className).map((f) => [f.name, f]));
  CACHE.set(key, fields);
  return fields;
}
