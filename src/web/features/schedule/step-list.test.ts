import { describe, expect, it } from 'vitest';
import { elide, previewSteps } from './step-list';

describe('elide', () => {
  it('keeps short lists whole', () => {
    expect(elide([1, 2, 3, 4], 2, 1)).toEqual({ head: [1, 2, 3, 4], hidden: 0, tail: [] });
  });
  it('keeps both ends of long lists and counts the rest', () => {
    expect(elide([1, 2, 3, 4, 5, 6, 7], 2, 2)).toEqual({ head: [1, 2], hidden: 3, tail: [6, 7] });
  });
});

describe('previewSteps', () => {
  it('lists few steps and shortens many', () => {
    expect(previewSteps([79, 158, 237])).toBe('79, 158, 237');
    expect(previewSteps(Array.from({ length: 19 }, (_, i) => (i + 1) * 12))).toBe('12, 24, 36, 48, …, 216, 228');
    expect(previewSteps([10_000, 20_000])).toBe('10,000, 20,000');
    expect(previewSteps([])).toBe('');
  });
});
