import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../py/py-value';
import { resolveConfig } from '../resolve/resolve-config';
import type { Target } from '../target/target';
import { warmupOf, warmupSteps } from './warmup-of';

const of = (values: Record<string, PyValue>, target: Target) => {
  const input = kwargs(values);
  return warmupOf(resolveConfig(input, { target }).values, input, target);
};

describe(warmupOf.name, () => {
  it('reads v5’s single number: steps from 1, a ratio below', () => {
    expect(of({ warmup_steps: 10.7 }, '5.2-5.5')).toEqual({ kind: 'steps', steps: 10, field: 'warmup_steps' });
    expect(of({ warmup_ratio: 0.1, warmup_steps: 50 }, '5.2-5.5')).toEqual({ kind: 'ratio', ratio: 0.1, field: 'warmup_ratio' });
    expect(of({}, '5.2-5.5')).toBeNull();
  });
  it('lets a positive warmup_steps win in 4.x, and falls back to warmup_ratio', () => {
    expect(of({ warmup_ratio: 0.1, warmup_steps: 50 }, '4.56')).toEqual({ kind: 'steps', steps: 50, field: 'warmup_steps' });
    expect(of({ warmup_ratio: 0.1 }, '4.56')).toEqual({ kind: 'ratio', ratio: 0.1, field: 'warmup_ratio' });
    expect(of({ warmup_ratio: 0 }, '4.56')).toBeNull();
  });
});

describe(warmupSteps.name, () => {
  it('rounds a share up, in double precision', () => {
    expect(warmupSteps({ kind: 'ratio', ratio: 0.07, field: 'warmup_steps' }, 100)).toBe(8);
    expect(warmupSteps({ kind: 'steps', steps: 30, field: 'warmup_steps' }, 100)).toBe(30);
  });
});
