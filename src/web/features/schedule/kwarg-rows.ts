import type { PyValue } from '@/core/py/py-value';
import { isDict } from '@/core/py/py-value';
import { pythonRepr } from '@/core/py/python-text';
import { SCHEDULER_SPECS } from '@/core/registry/scheduler-kwargs';
import type { LrInfo } from './schedule-snapshot';

/** Where an effective scheduler kwarg comes from: your lr_scheduler_kwargs, the function's default, or worked out from other values. */
export type KwargSource = 'you' | 'default' | 'derived';

export interface KwargRow {
  readonly name: string;
  readonly value: string;
  readonly source: KwargSource;
}

/**
 * The kwargs the schedule function works with, defaults filled in, each marked with where it comes from.
 * @example kwargRows(cosineLr, {}) // [{ name: 'num_cycles', value: '0.5', source: 'default' }]
 */
export function kwargRows(lr: LrInfo, given: PyValue | undefined): KwargRow[] {
  const spec = SCHEDULER_SPECS[lr.type].kwargs;
  const mine = isDict(given) ? given : {};
  // In the order of the Python signature, then what is worked out (timescale).
  const order = Object.keys(spec);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const names = Object.keys(lr.kwargs).sort((a, b) => rank(a) - rank(b));
  return names.map((name) => {
    const value = lr.kwargs[name] ?? null;
    const fallback = spec[name]?.default;
    const source: KwargSource = name in mine ? 'you' : fallback !== undefined && fallback === value ? 'default' : 'derived';
    return { name, value: pythonRepr(value), source };
  });
}
