import { describe, expect, it } from 'vitest';
import { parseCount } from './parse-count';

describe('parseCount', () => {
  it('reads whole numbers with separators', () => {
    expect(parseCount('10000', 0, 1e12)).toEqual({ ok: true, value: 10_000 });
    expect(parseCount(' 10,000 ', 0, 1e12)).toEqual({ ok: true, value: 10_000 });
    expect(parseCount('1_000', 1, 1e12)).toEqual({ ok: true, value: 1000 });
    expect(parseCount('0', 0, 10)).toEqual({ ok: true, value: 0 });
  });

  it('says what is wrong with anything else', () => {
    expect(parseCount('', 1, 10)).toEqual({ ok: false, problem: 'empty' });
    expect(parseCount('abc', 1, 10)).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseCount('1.5', 1, 10)).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseCount('-3', 1, 10)).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseCount('1e3', 1, 1e6)).toEqual({ ok: false, problem: 'not-whole' });
    expect(parseCount('0', 1, 10)).toEqual({ ok: false, problem: 'too-small' });
    expect(parseCount('11', 1, 10)).toEqual({ ok: false, problem: 'too-large' });
    expect(parseCount('99999999999999999999', 0, 1e30)).toEqual({ ok: false, problem: 'too-large' });
  });
});
