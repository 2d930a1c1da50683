import { describe, expect, it } from 'vitest';
import { readChoice, readFlag, readInteger, readNumber, readOptionalNumber, readSplitBatches } from './read-args';

describe('readNumber', () => {
  it('takes numbers and Python booleans', () => {
    expect(readNumber({ a: 2.5 }, 'a')).toEqual({ ok: true, value: 2.5 });
    expect(readNumber({ a: true }, 'a')).toEqual({ ok: true, value: 1 });
  });

  it('fails with the field name for text or a missing value', () => {
    const text = readNumber({ a: 'three' }, 'a');
    expect(text.ok).toBe(false);
    if (!text.ok) expect(text.error.fields).toEqual(['a']);
    expect(readNumber({}, 'a').ok).toBe(false);
  });
});

describe('readInteger', () => {
  it('refuses fractions', () => {
    expect(readInteger({ a: 4 }, 'a').ok).toBe(true);
    expect(readInteger({ a: 4.5 }, 'a').ok).toBe(false);
  });
});

describe('readOptionalNumber', () => {
  it('passes None through', () => {
    expect(readOptionalNumber({ a: null }, 'a')).toEqual({ ok: true, value: null });
    expect(readOptionalNumber({ a: 'x' }, 'a').ok).toBe(false);
  });
});

describe('readChoice', () => {
  it('falls back when absent and rejects unknown values', () => {
    expect(readChoice({}, 's', ['no', 'steps'], 'steps')).toEqual({ ok: true, value: 'steps' });
    expect(readChoice({ s: 'sometimes' }, 's', ['no', 'steps'], 'steps').ok).toBe(false);
  });
});

describe('readFlag', () => {
  it('uses Python truthiness', () => {
    expect(readFlag({ f: 1 }, 'f')).toBe(true);
    expect(readFlag({ f: '' }, 'f')).toBe(false);
    expect(readFlag({}, 'f')).toBe(false);
  });
});

describe('readSplitBatches', () => {
  it('reads split_batches from a dict accelerator_config only', () => {
    expect(readSplitBatches({ accelerator_config: { split_batches: true } })).toBe(true);
    expect(readSplitBatches({ accelerator_config: { split_batches: false } })).toBe(false);
    expect(readSplitBatches({ accelerator_config: 'accelerate.json' })).toBe(false);
    expect(readSplitBatches({ accelerator_config: null })).toBe(false);
  });
});
