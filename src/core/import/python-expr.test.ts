import { describe, expect, it } from 'vitest';
import { NotALiteral, parsePythonFloat, readLiteral, skipExpression } from './python-expr';
import { tokenizePython } from './python-tokens';

const read = (text: string, path = '') => readLiteral(tokenizePython(text), 0, path).literal;

describe('readLiteral', () => {
  it('reads nested containers and records whole floats by path', () => {
    expect(read("{'a': [1.0, (2, 3.0)], 'b': (4.0)}", 'k')).toEqual({
      value: { a: [1, [2, 3]], b: 4 },
      floatPaths: ['k.a[0]', 'k.a[1][1]', 'k.b'],
    });
  });

  it('reads dict(...) calls with keyword literals', () => {
    expect(read("dict(num_cycles=2.0, name='x', inner=dict(a=[1]))", 'k')).toEqual({
      value: { num_cycles: 2, name: 'x', inner: { a: [1] } },
      floatPaths: ['k.num_cycles'],
    });
    expect(() => read('dict(**base)')).toThrow(NotALiteral);
  });

  it('reads tuples as lists, signs on numbers and trailing commas', () => {
    expect(read('(-1, +2.5, -0x10,)').value).toEqual([-1, 2.5, -16]);
    expect(read('()').value).toEqual([]);
  });

  it('throws NotALiteral for sets, non-string keys, names and signed strings', () => {
    for (const text of ['{1, 2}', '{1: 2}', 'x', "-'a'", '007']) expect(() => read(text)).toThrow(NotALiteral);
  });
});

describe('skipExpression', () => {
  it('stops at the first comma or unmatched closer outside brackets', () => {
    const tokens = tokenizePython('f(a, [b, c]), d)');
    expect(tokens[skipExpression(tokens, 0)]?.text).toBe(',');
    expect(skipExpression(tokenizePython(')'), 0)).toBe(0);
  });
});

describe('parsePythonFloat', () => {
  it("accepts what Python's float() accepts and rejects the rest", () => {
    expect(['1e-5', ' 3 ', '1_0.5', '-inf', 'NaN', '.5', '5.'].map(parsePythonFloat)).toEqual([1e-5, 3, 10.5, -Infinity, NaN, 0.5, 5]);
    expect(['', 'abc', '1e', '0x10', '1__0'].map(parsePythonFloat)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
