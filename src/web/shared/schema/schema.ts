import { createContext, use } from 'react';
import { classFieldsFor } from '@/core/config-class/class-registry';
import { DEFAULT_CONFIG_CLASS } from '@/core/config-class/classes';
import type { SectionId } from '@/core/registry/define-field';
import type { SectionedField } from '@/core/registry/registry';
import { DEFAULT_TARGET, type Target } from '@/core/target/target';

/** Looks a field up by its Python name in the chosen release and class. */
export type FieldLookup = (name: string) => SectionedField | undefined;

/** The release and config class the form builds, with their fields. */
export interface FormSchema {
  readonly target: Target;
  readonly configClass: string;
  readonly fields: readonly SectionedField[];
  readonly lookup: FieldLookup;
  /** The fields of one form section, in form order. */
  readonly section: (id: SectionId) => readonly SectionedField[];
}

const CACHE = new Map<string, FormSchema>();

/**
 * The schema of a release and class, built once and shared (the form, the check and the emitters all use it).
 * @example schemaFor('v5', 'GRPOConfig').lookup('num_generations')?.default // 8
 */
export function schemaFor(target: Target, configClass: string): FormSchema {
  const key = `${target}\u0000${configClass}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const fields = classFieldsFor(target, configClass);
  const byName = new Map(fields.map((f) => [f.name, f]));
  const schema: FormSchema = {
    target,
    configClass,
    fields,
    lookup: (name) => byName.get(name),
    section: (id) => fields.filter((f) => f.section === id),
  };
  CACHE.set(key, schema);
  return schema;
}

export const DEFAULT_SCHEMA = schemaFor(DEFAULT_TARGET, DEFAULT_CONFIG_CLASS);

export const SchemaContext = createContext<FormSchema>(DEFAULT_SCHEMA);

/** The schema the form is building for. */
export function useSchema(): FormSchema {
  return use(SchemaContext);
}
