import { describe, expect, it } from 'vitest';
import { tokenizePython } from './python-tokens';

const kinds = (text: string) => tokenizePython(text).map((t) => [t.type, t.text]);

describe('tokenizePython', () => {
  it('skips comments, whitespace and backslash continuations', () => {
    expect(kinds('a = 1  # note\\\n  \\\nb')).toEqual([
      ['name', 'a'],
      ['op', '='],
      ['number', '1'],
      ['name', 'b'],
    ]);
  });

  it('reads every Python number form as one token', () => {
    const numbers = ['0x_1F', '0o17', '0b1', '1_000', '1.', '.5', '1e-5', '1.5E+3', '2j', '00'];
    expect(tokenizePython(numbers.join(' ')).map((t) => t.text)).toEqual(numbers);
  });

  it('tells string prefixes from names', () => {
    expect(kinds(`rb'x' bar'y' fr"z"`)).toEqual([
      ['string', "rb'x'"],
      ['name', 'bar'],
      ['string', "'y'"],
      ['string', 'fr"z"'],
    ]);
  });

  it('decodes string values and explains the ones it cannot', () => {
    const [plain, named, unclosed] = [tokenizePython(String.raw`'\x41\u00e9\q'`)[0], tokenizePython(String.raw`'\N{DASH}'`)[0], tokenizePython("'abc")[0]];
    expect(plain).toMatchObject({ type: 'string', value: 'Aé\\q' });
    expect(named).toMatchObject({ type: 'string', problem: expect.stringContaining('named escapes') });
    expect(unclosed).toMatchObject({ type: 'error' });
  });

  it('keeps lone surrogate escapes as single code units', () => {
    expect(tokenizePython(String.raw`'\udc80'`)[0]).toMatchObject({ value: '\udc80' });
  });
});
