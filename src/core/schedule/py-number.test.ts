import { describe, expect, it } from 'vitest';
import { pyFloat, pyMod, pyNumber } from './py-number';

describe('pyFloat', () => {
  it('accepts numeric strings the way float() does', () => {
    expect(pyFloat(' 1.5 ')).toBe(1.5);
    expect(pyFloat('1e-7')).toBe(1e-7);
    expect(pyFloat('.5')).toBe(0.5);
    expect(pyFloat('3.')).toBe(3);
    expect(pyFloat('1_000')).toBe(1000);
    expect(pyFloat('-Infinity')).toBe(-Infinity);
    expect(pyFloat('nan')).toBeNaN();
  });

  it('rejects text float() rejects', () => {
    for (const text of ['', 'abc', '1__0', '_1', '1_', '1e', '0x10', '1.5.2']) expect(pyFloat(text)).toBeNull();
  });

  it('converts booleans and refuses containers and None', () => {
    expect(pyFloat(true)).toBe(1);
    expect(pyFloat(null)).toBeNull();
    expect(pyFloat([1])).toBeNull();
    expect(pyFloat({ a: 1 })).toBeNull();
  });
});

describe('pyNumber', () => {
  it('takes numbers and booleans but not numeric strings', () => {
    expect(pyNumber(2.5)).toBe(2.5);
    expect(pyNumber(false)).toBe(0);
    expect(pyNumber('2.5')).toBeNull();
    expect(pyNumber(undefined)).toBeNull();
  });
});

describe('pyMod', () => {
  it('gives the sign of the divisor like Python', () => {
    expect(pyMod(7, 3)).toBe(1);
    expect(pyMod(-7, 3)).toBe(2);
    expect(pyMod(7, -3)).toBe(-2);
    expect(pyMod(2.5, 1)).toBe(0.5);
    expect(pyMod(6, 3)).toBe(0);
    expect(pyMod(-1, 3)).toBe(2);
    expect(pyMod(1, -3)).toBe(-2);
  });
});
