import { describe, expect, it } from 'vitest';
import { droppedNames, droppedParts } from './state-notice';

describe('droppedNames', () => {
  it('names fields without their prefix and shortens long lists', () => {
    expect(
      droppedNames([
        { path: 'values.lerning_rate', reason: 'unknown-field' },
        { path: 'hardware', reason: 'unknown-hardware' },
      ]),
    ).toBe('lerning_rate, hardware');
    const many = Array.from({ length: 8 }, (_, i) => ({ path: `values.f${i}`, reason: 'bad-value' as const }));
    expect(droppedNames(many)).toBe('f0, f1, f2, f3, f4, +3');
  });
});

describe('droppedParts', () => {
  it('picks each left-out part as it was stored, by its path', () => {
    const json = { v: 1, values: { 'a.b': 1, hub_token: 'hf_x' }, hardware: 'tpu', theme: { dark: true } };
    const dropped = [
      { path: 'values.a.b', reason: 'unknown-field' as const },
      { path: 'values.hub_token', reason: 'secret' as const },
      { path: 'hardware', reason: 'unknown-hardware' as const },
      { path: 'theme', reason: 'unknown-key' as const },
    ];
    expect(droppedParts(json, dropped)).toEqual({ 'values.a.b': 1, 'values.hub_token': 'hf_x', hardware: 'tpu', theme: { dark: true } });
    expect(droppedParts(JSON.parse('{"values":{"__proto__":5}}'), [{ path: 'values.__proto__', reason: 'unknown-field' }])).toEqual({ 'values.__proto__': 5 });
  });
});
