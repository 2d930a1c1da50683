import type { PyValue } from '@/core/py/py-value';
import { getField } from '@/core/registry/registry';
import type { FieldLookup } from '@/web/shared/schema/schema';
import type { RawValue } from '@/web/shared/form/form-values';
import { toRaw } from '@/web/shared/form/to-raw';
import { canKeepUnknown, unknownToRaw } from '@/web/shared/form/unknown-keys';

/** The form value a patch entry stands for, in the chosen release and class; null when the form cannot hold the key. */
export function patchRaw(name: string, value: PyValue | undefined, lookup: FieldLookup = getField): { raw: RawValue } | null {
  const field = lookup(name);
  if (field) return { raw: toRaw(field, value) };
  // Unknown keys (kept from an import) are patched too, so renaming an old name removes it.
  if (value === undefined) return { raw: undefined };
  return canKeepUnknown(name) ? { raw: unknownToRaw(name, value) } : null;
}
