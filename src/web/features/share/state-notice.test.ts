import { describe, expect, it } from 'vitest';
import { droppedNames } from './state-notice';

describe('droppedNames', () => {
  it('names fields without their prefix and shortens long lists', () => {
    expect(droppedNames([{ path: 'values.lerning_rate', reason: 'unknown-field' }, { path: 'hardware', reason: 'unknown-hardware' }])).toBe('lerning_rate, hardware');
    const many = Array.from({ length: 8 }, (_, i) => ({ path: `values.f${i}`, reason: 'bad-value' as const }));
    expect(droppedNames(many)).toBe('f0, f1, f2, f3, f4, +3');
  });
});
