import type { SectionId } from '@/core/registry/define-field';
import type { SectionedField } from '@/core/registry/registry';
import type { FormSchema } from '@/web/shared/schema/schema';

/** Set by the launcher, never by hand; the form leaves it out. */
const NEVER_SHOWN = new Set(['local_rank']);

export interface SectionFields {
  readonly core: readonly SectionedField[];
  /** Advanced, expert and hidden fields: behind the section's toggle. */
  readonly advanced: readonly SectionedField[];
}

/** A section's fields split into always-shown and behind-the-toggle, in registry order. */
export function splitSectionFields(section: SectionId, schema: FormSchema): SectionFields {
  const fields = schema.section(section).filter((f) => !NEVER_SHOWN.has(f.name));
  return {
    core: fields.filter((f) => f.tier === 'core'),
    advanced: fields.filter((f) => f.tier !== 'core'),
  };
}
