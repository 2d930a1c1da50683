import { describe, expect, it } from 'vitest';
import { pyFloorDiv, pyLess, pyMod, pyMul, PyError } from './py-arith';

const int = (value: number) => ({ value, float: false });
const float = (value: number) => ({ value, float: true });

function raised(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PyError) return error.message;
  }
  return 'no error';
}

describe('Python arithmetic on JSON values', () => {
  it('keeps int and float apart as Python does', () => {
    expect(pyMul(int(2), float(8))).toEqual(float(16));
    expect(pyFloorDiv(float(16), int(8))).toEqual(float(2));
    expect(pyMod(int(-1), int(8))).toEqual(int(7));
  });

  it('raises the errors Python raises', () => {
    expect(raised(() => pyMod(int(8), int(0)))).toBe('ZeroDivisionError: integer modulo by zero');
    expect(raised(() => pyMod(int(8), { value: null, float: false }))).toBe("TypeError: unsupported operand type(s) for %: 'int' and 'NoneType'");
    expect(raised(() => pyMod(pyMul({ value: '8', float: false }, int(1)), int(8)))).toBe('TypeError: not all arguments converted during string formatting');
    expect(raised(() => pyLess({ value: 'a', float: false }, float(3)))).toBe("TypeError: '<' not supported between instances of 'str' and 'float'");
  });
});
