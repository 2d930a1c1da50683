import type { RawValue } from '@/web/shared/form/form-values';

/** The text a text-like input shows for a raw value (an explicit None reads as `None`). */
export function displayText(value: RawValue): string {
  if (value === null) return 'None';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return Array.isArray(value) ? value.join(' ') : '';
}
