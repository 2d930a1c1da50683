import { describe, expect, it } from 'vitest';
import { pythonRepr, pythonText } from './python-text';

describe(pythonText.name, () => {
  it('prints floats the way Python does', () => {
    expect(pythonText(0.5)).toBe('0.5');
    expect(pythonText(1e-5)).toBe('1e-05');
    expect(pythonText(5, true)).toBe('5.0');
    expect(pythonText(250.5)).toBe('250.5');
    expect(pythonText(1e20, true)).toBe('1e+20');
    expect(pythonText(1e20)).toBe('100000000000000000000');
  });
  it('prints None and booleans as Python names', () => {
    expect(pythonText(null)).toBe('None');
    expect(pythonText(true)).toBe('True');
  });
  it('prints kwargs values the way Python repr does', () => {
    expect(pythonRepr(null)).toBe('None');
    expect(pythonRepr(true)).toBe('True');
    expect(pythonRepr('cosine')).toBe("'cosine'");
    expect(pythonRepr(1e-7)).toBe('1e-07');
    expect(pythonRepr([0.1, 2])).toBe('[0.1, 2]');
  });
  it('prints lists with quoted strings', () => {
    expect(pythonText(['a', 1])).toBe("['a', 1]");
    expect(pythonRepr("it's")).toBe('"it\'s"');
  });
});
