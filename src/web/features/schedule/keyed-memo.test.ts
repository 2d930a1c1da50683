import { describe, expect, it, vi } from 'vitest';
import { createKeyedMemo } from './keyed-memo';

describe('createKeyedMemo', () => {
  it('computes once per key change and returns the same object for the same key', () => {
    const memo = createKeyedMemo<{ n: number }>();
    const compute = vi.fn((n: number) => ({ n }));
    const a = memo('a', () => compute(1));
    expect(memo('a', () => compute(2))).toBe(a);
    expect(memo('b', () => compute(3))).toEqual({ n: 3 });
    expect(memo('a', () => compute(4))).toEqual({ n: 4 });
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
