import { describe, expect, it } from 'vitest';
import { coerceStringLeaves, parseDictString } from './coerce-json-string';

describe(parseDictString.name, () => {
  it('parses only strings that start with "{"', () => {
    expect(parseDictString('{"a": 1}')).toEqual({ a: 1 });
    expect(parseDictString(' {"a": 1}')).toBeUndefined();
    expect(parseDictString('config.json')).toBeUndefined();
    expect(parseDictString({ a: 1 })).toBeUndefined();
  });
  it('gives nothing for malformed JSON (a rule reports it)', () => {
    expect(parseDictString('{"a" 1}')).toBeUndefined();
  });
});

describe(coerceStringLeaves.name, () => {
  it('coerces booleans, digits and one-dot decimals in nested dicts but not in lists', () => {
    expect(coerceStringLeaves({ a: 'False', b: '12', c: '1.', d: { e: '.5' }, f: ['1'], g: '1.2.3', h: '' })).toEqual({
      a: false,
      b: 12,
      c: 1,
      d: { e: 0.5 },
      f: ['1'],
      g: '1.2.3',
      h: '',
    });
  });
});
