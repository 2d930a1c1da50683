import { describe, expect, it } from 'vitest';
import { readLiteral } from '../import/python-expr';
import { tokenizePython } from '../import/python-tokens';
import { nastyString, randomFloat, seededRandom } from '../emit/random-kwargs';
import type { PyValue } from './py-value';
import { formatPythonFloat, quotePythonString, toPythonLiteral } from './py-literal';

function readBack(source: string): { value: PyValue; floatPaths: readonly string[] } {
  const tokens = tokenizePython(source);
  const { literal, next } = readLiteral(tokens, 0);
  expect(next).toBe(tokens.length);
  return literal;
}

describe('formatPythonFloat', () => {
  it.each([
    [5e-5, '5e-05'],
    [0.0001, '0.0001'],
    [1e-7, '1e-07'],
    [3, '3.0'],
    [1e20, '1e+20'],
    [1e16, '1e+16'],
    [1e15, '1000000000000000.0'],
    [123456789012345680000, '1.2345678901234568e+20'],
    [0.1 + 0.2, '0.30000000000000004'],
    [1 / 3, '0.3333333333333333'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-0, '-0.0'],
    [1234.5, '1234.5'],
    [0.00012345, '0.00012345'],
    [-2.5e-300, '-2.5e-300'],
  ])('prints %s as Python repr does (%s)', (value, expected) => {
    expect(formatPythonFloat(value)).toBe(expected);
  });

  it('gives inf, -inf and nan for non-finite values', () => {
    expect([Infinity, -Infinity, NaN].map(formatPythonFloat)).toEqual(['inf', '-inf', 'nan']);
  });

  it('round-trips every generated float through Number()', () => {
    const random = seededRandom(11);
    for (let i = 0; i < 2000; i++) {
      const value = randomFloat(random);
      expect(Object.is(Number(formatPythonFloat(value)), value)).toBe(true);
    }
  });
});

describe('quotePythonString', () => {
  it('prefers single quotes and switches to double quotes only to avoid escaping', () => {
    expect(quotePythonString('plain')).toBe("'plain'");
    expect(quotePythonString("it's")).toBe(`"it's"`);
    expect(quotePythonString(`it's "x"`)).toBe(`'it\\'s "x"'`);
  });

  it('escapes backslashes and control characters like repr', () => {
    expect(quotePythonString('a\\b\n\r\t\x00\x1b\x7f')).toBe("'a\\\\b\\n\\r\\t\\x00\\x1b\\x7f'");
  });

  it('escapes non-printable Unicode and lone surrogates but keeps Korean and emoji', () => {
    expect(quotePythonString('\x85\xa0\u2028\ufeff😀\ud800한국어')).toBe("'\\x85\\xa0\\u2028\\ufeff😀\\ud800한국어'");
    expect(quotePythonString('\u{e0001}')).toBe("'\\U000e0001'");
  });
});

describe('toPythonLiteral', () => {
  it('writes constants, ints, floats, lists and dicts', () => {
    expect(toPythonLiteral({ a: [1e-5, true, null, false], 'b c': { d: 2 } })).toBe("{'a': [1e-05, True, None, False], 'b c': {'d': 2}}");
  });

  it('prints a whole number as a float only when asked or marked', () => {
    expect(toPythonLiteral(3)).toBe('3');
    expect(toPythonLiteral(3, { float: true })).toBe('3.0');
    expect(toPythonLiteral({ n: 2, m: 2 }, { floatWritten: new Set(['k.n']), path: 'k' })).toBe("{'n': 2.0, 'm': 2}");
    expect(toPythonLiteral([1, 1], { floatWritten: new Set(['[1]']) })).toBe('[1, 1.0]');
  });

  it('spells out big ints digit by digit', () => {
    expect(toPythonLiteral(1e21)).toBe('1000000000000000000000');
  });

  it('writes non-finite floats as float() calls', () => {
    expect([Infinity, -Infinity, NaN].map((v) => toPythonLiteral(v))).toEqual(["float('inf')", "-float('inf')", "float('nan')"]);
  });

  it('breaks a long dict over lines when a layout is given and keeps short ones flat', () => {
    const value = { zero_optimization: { stage: 3, offload_param: { device: 'cpu' } }, train_micro_batch_size_per_gpu: 'auto' };
    const layout = { indent: '    ', width: 60, column: 14 };
    expect(toPythonLiteral(value, { layout })).toBe(
      [
        '{',
        "        'zero_optimization': {",
        "            'stage': 3,",
        "            'offload_param': {'device': 'cpu'},",
        '        },',
        "        'train_micro_batch_size_per_gpu': 'auto',",
        '    }',
      ].join('\n'),
    );
    expect(toPythonLiteral({ a: 1 }, { layout })).toBe("{'a': 1}");
  });

  it('round-trips random nasty strings exactly', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 500; i++) {
      const text = nastyString(random);
      expect(readBack(quotePythonString(text)).value).toBe(text);
    }
  });

  it('round-trips random nested values with their float marks', () => {
    const random = seededRandom(9);
    for (let i = 0; i < 300; i++) {
      const value = { s: nastyString(random), f: randomFloat(random), list: [randomFloat(random), nastyString(random)], whole: 4 };
      // Marked as floats, as a float field's values are, so -0 keeps its sign.
      const marks = new Set(['whole', 'f', 'list[0]']);
      const back = readBack(toPythonLiteral(value, { floatWritten: marks }));
      expect(back.value).toEqual(value);
      expect(back.floatPaths).toContain('whole');
    }
  });
});
