import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template';

describe('fillTemplate', () => {
  it('fills named places in any order and leaves unknown ones', () => {
    expect(fillTemplate('every {n} steps', { n: 12 })).toBe('every 12 steps');
    expect(fillTemplate('{b} ÷ {a}', { a: 'x', b: 'y' })).toBe('y ÷ x');
    expect(fillTemplate('{missing}', {})).toBe('{missing}');
  });
});
