import { describe, expect, it } from 'vitest';
import { constructTagged, looksNumericToYaml12, needsPyYamlQuoting, resolvePlainScalar } from './pyyaml-scalars';

describe('resolvePlainScalar', () => {
  it.each([
    ['yes', true],
    ['OFF', false],
    ['~', null],
    ['', null],
    ['010', 8],
    ['0x1F', 31],
    ['0b101', 5],
    ['1_000', 1000],
    ['1:30', 90],
    ['-7', -7],
    ['3.0', 3],
    ['1.5e+3', 1500],
    ['.5', 0.5],
    ['-.inf', -Infinity],
  ])('reads %j as PyYAML does', (text, value) => {
    expect(resolvePlainScalar(text)).toMatchObject({ value });
  });

  it('keeps exponent floats without a dot, and other words, as strings', () => {
    for (const text of ['5e-05', '1e3', 'y', 'n', 'wandb', '0o17']) expect(resolvePlainScalar(text)).toEqual({ type: 'str', value: text });
  });

  it('recognizes dates and merge keys as other types', () => {
    expect(resolvePlainScalar('2024-01-31').type).toBe('other');
    expect(resolvePlainScalar('<<').type).toBe('other');
  });
});

describe('constructTagged', () => {
  it('builds values for explicit tags or gives undefined where PyYAML raises', () => {
    expect(constructTagged('float', '3')).toBe(3);
    expect(constructTagged('int', '0x10')).toBe(16);
    expect(constructTagged('bool', 'On')).toBe(true);
    expect(constructTagged('bool', 'maybe')).toBeUndefined();
    expect(constructTagged('float', 'abc')).toBeUndefined();
  });
});

describe('needsPyYamlQuoting', () => {
  it('is true for strings PyYAML would read as another type or refuse', () => {
    expect(['on', '1.0', 'null', '2024-01-01', '=', '\x7f'].map(needsPyYamlQuoting)).toEqual([true, true, true, true, true, true]);
    expect(['wandb', '5e-05', '한국어'].map(needsPyYamlQuoting)).toEqual([false, false, false]);
  });
});

describe('looksNumericToYaml12', () => {
  it('flags numbers PyYAML reads as strings', () => {
    expect(['5e-05', '1E3'].map(looksNumericToYaml12)).toEqual([true, true]);
    expect(['5.0e-05', '3', 'abc'].map(looksNumericToYaml12)).toEqual([false, false, false]);
  });
});
