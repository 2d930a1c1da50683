import { describe, expect, it } from 'vitest';
import { getField } from '../registry/registry';
import { randomKwargs, seededRandom } from './random-kwargs';

describe('randomKwargs', () => {
  it('gives the same state for the same seed and different ones for different seeds', () => {
    expect(randomKwargs(seededRandom(1))).toEqual(randomKwargs(seededRandom(1)));
    expect(randomKwargs(seededRandom(1))).not.toEqual(randomKwargs(seededRandom(2)));
  });

  it('uses only registry fields with values of their kind when wrong types are off', () => {
    const random = seededRandom(8);
    for (let i = 0; i < 50; i++) {
      for (const [name, value] of Object.entries(randomKwargs(random).values)) {
        const field = getField(name);
        expect(field).toBeDefined();
        if (value === null) continue;
        const kind = field?.kind;
        if (kind === 'int' || kind === 'float') expect(typeof value).toBe('number');
        if (kind === 'bool') expect(typeof value).toBe('boolean');
        if (kind === 'list') expect(Array.isArray(value)).toBe(true);
      }
    }
  });
});
