import { describe, expect, it } from 'vitest';
import { quoteShellWord } from './shell-quote';

describe('quoteShellWord', () => {
  it('leaves safe words bare', () => {
    expect(['out/dir', '5e-05', '--bf16', 'a=b,c:d', 'x@y%z+1'].map(quoteShellWord)).toEqual(['out/dir', '5e-05', '--bf16', 'a=b,c:d', 'x@y%z+1']);
  });

  it('single-quotes anything a shell would interpret', () => {
    expect(quoteShellWord('a b')).toBe("'a b'");
    expect(quoteShellWord('$HOME')).toBe("'$HOME'");
    expect(quoteShellWord('{"a": 1}')).toBe(`'{"a": 1}'`);
    expect(quoteShellWord('한국어')).toBe("'한국어'");
    expect(quoteShellWord('')).toBe("''");
  });

  it("writes a single quote as '\\''", () => {
    expect(quoteShellWord("it's")).toBe("'it'\\''s'");
  });
});
