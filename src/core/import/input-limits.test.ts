import { describe, expect, it } from 'vitest';
import { importCliFlags } from './cli-flags';
import { MAX_IMPORT_CHARS, MAX_IMPORT_NESTING, inputLimitError } from './input-limits';
import { importJson } from './json';
import { importPython } from './python';
import { importYaml } from './yaml';

const IMPORTERS = { importPython, importCliFlags, importJson, importYaml };

describe('inputLimitError', () => {
  it('accepts ordinary text and nesting up to the limit', () => {
    expect(inputLimitError('{"a": [[1]]}')).toBeUndefined();
    expect(inputLimitError('['.repeat(MAX_IMPORT_NESTING) + ']'.repeat(MAX_IMPORT_NESTING))).toBeUndefined();
    // Closing brackets free their level again.
    expect(inputLimitError('[]'.repeat(10 * MAX_IMPORT_NESTING))).toBeUndefined();
  });

  it('refuses deeper nesting where it happens', () => {
    expect(inputLimitError('x = 1\n' + '('.repeat(MAX_IMPORT_NESTING + 1))).toMatchObject({ line: 2, column: MAX_IMPORT_NESTING + 1 });
  });

  it('refuses text longer than the limit', () => {
    expect(inputLimitError(' '.repeat(MAX_IMPORT_CHARS + 1))?.message).toMatch(/at most 1,000,000 are read/);
  });
});

describe.each(Object.entries(IMPORTERS))('%s', (_name, importer) => {
  it('refuses a deeply nested or huge text with a positioned error instead of overflowing the stack', () => {
    for (const text of ['a=' + '['.repeat(50_000), '{"a": ' + '['.repeat(50_000), ' '.repeat(MAX_IMPORT_CHARS + 1)]) {
      const result = importer(text);
      expect(result.kwargs.values).toEqual({});
      expect(result.errors[0]).toMatchObject({ line: expect.any(Number), column: expect.any(Number) });
    }
  });
});

describe('YAML aliases', () => {
  it('stop expanding at a bound (a "billion laughs" text reads as an error, not a hang)', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const started = Date.now();
    const result = importYaml(lines.join('\n'));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.dropped.some((d) => /expand to more than/.test(d.reason))).toBe(true);
  });

  it('read an alias inside itself as an error', () => {
    const result = importYaml('a: &x [1, *x]\nseed: 3');
    expect(result.kwargs.values).toEqual({ seed: 3 });
    expect(result.dropped.map((d) => d.key)).toEqual(['a']);
  });
});

describe('YAML keys PyYAML cannot use', () => {
  it('leave their pair out with a positioned error instead of throwing (found by the fuzzer)', () => {
    expect(importYaml('2024-01-01: 1\nseed: 3').errors[0]).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/timestamp/) });
    expect(importYaml('2024-01-01: 1\nseed: 3').kwargs.values).toEqual({ seed: 3 });
    expect(importYaml('? ? ').errors[0]).toMatchObject({ line: 1 });
    expect(importYaml('a: {2024-01-01: 1}\nseed: 2').dropped.map((d) => d.key)).toEqual(['a']);
  });
});
