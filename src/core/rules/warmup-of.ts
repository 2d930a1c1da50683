import type { Kwargs } from '../py/py-value';
import type { ResolvedValues } from '../resolve/provenance';
import { pyNumber } from '../schedule/py-number';
import { isLine4x, type Target } from '../target/target';

/** The warmup the Trainer will apply: a fixed number of updates or a share of all of them, and the field that set it. */
export type Warmup =
  | { readonly kind: 'steps'; readonly steps: number; readonly field: 'warmup_steps' | 'warmup_ratio' }
  | { readonly kind: 'ratio'; readonly ratio: number; readonly field: 'warmup_steps' | 'warmup_ratio' };

/**
 * The warmup the arguments ask for, or null for none. v5 reads one number (`warmup_ratio`, when given, has
 * already replaced `warmup_steps`): ≥ 1 counts steps (truncated), below 1 is a ratio. 4.x keeps two fields: a
 * positive `warmup_steps` wins, otherwise `warmup_ratio` is the share.
 * @example warmupOf(resolveConfig(kwargs({ warmup_ratio: 0.1 }), { target: '4.56' }).values, kwargs({ warmup_ratio: 0.1 }), '4.56') // { kind: 'ratio', ratio: 0.1, field: 'warmup_ratio' }
 */
export function warmupOf(resolved: ResolvedValues, input: Kwargs, target: Target): Warmup | null {
  if (isLine4x(target)) {
    const steps = pyNumber(resolved.warmup_steps);
    if (steps !== null && steps > 0) return { kind: 'steps', steps: Math.trunc(steps), field: 'warmup_steps' };
    const ratio = pyNumber(resolved.warmup_ratio);
    return ratio !== null && ratio > 0 ? { kind: 'ratio', ratio, field: 'warmup_ratio' } : null;
  }
  const value = pyNumber(resolved.warmup_steps);
  if (value === null || value <= 0) return null;
  const field = input.values.warmup_ratio !== undefined && input.values.warmup_ratio !== null ? 'warmup_ratio' : 'warmup_steps';
  return value >= 1 ? { kind: 'steps', steps: Math.trunc(value), field } : { kind: 'ratio', ratio: value, field };
}

/**
 * The number of warmup updates out of `total`, as `get_warmup_steps` rounds a share (up).
 * @example warmupSteps({ kind: 'ratio', ratio: 0.07, field: 'warmup_steps' }, 100) // 8
 */
export function warmupSteps(warmup: Warmup, total: number): number {
  return warmup.kind === 'steps' ? warmup.steps : Math.ceil(total * warmup.ratio);
}
