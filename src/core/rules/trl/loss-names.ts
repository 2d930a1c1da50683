import type { PyValue } from '../../py/py-value';

/** The loss names a resolved `loss_type` holds: DPO keeps a list, the other classes one string. */
export function lossNames(value: PyValue | undefined): readonly string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
