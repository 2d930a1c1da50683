import type { SharedValue } from '@/core/share/share-state';
import type { FormValues } from '@/web/shared/form/form-values';

/** The raw form values without the unset ones, as the saved and shared state holds them. */
export function toSharedValues(values: FormValues): Record<string, SharedValue> {
  const out: Record<string, SharedValue> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined) out[name] = value;
  return out;
}
