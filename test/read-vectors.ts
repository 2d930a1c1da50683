import { readFileSync } from 'node:fs';
import { parseJson } from '../src/core/py/parse-json';
import { isDict, kwargs, type Kwargs, type PyDict, type PyValue } from '../src/core/py/py-value';

export interface VectorCase {
  readonly id: string;
  readonly category: string;
  readonly input: Kwargs;
  readonly expect: PyDict;
  /** The release the line is for (`"5.18"`), when the file names one. */
  readonly target?: string;
  /** The config class the line builds (`"SFTConfig"`), when not TrainingArguments. */
  readonly config?: string;
}

/** Reads a vectors file line by line, keeping which input numbers were written as floats. */
export function readVectors(name: string): VectorCase[] {
  const text = readFileSync(new URL(`./vectors/${name}`, import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parsed = parseJson(line);
      if (!parsed.ok || !isDict(parsed.value)) throw new Error(`bad vector line: ${line.slice(0, 80)}`);
      const { id, category, input, expect, target, config } = parsed.value;
      const floats = [...parsed.floatWritten].filter((p) => p.startsWith('input.')).map((p) => p.slice('input.'.length));
      return {
        id: String(id),
        category: String(category ?? ''),
        input: kwargs(isDict(input) ? input : {}, floats),
        expect: isDict(expect) ? expect : {},
        ...(typeof target === 'string' ? { target } : {}),
        ...(typeof config === 'string' ? { config } : {}),
      };
    });
}

/** Compares resolved values as the vectors specify: 100 == 100.0, numbers within 1e-12 relative, booleans only equal booleans. */
export function sameResolved(actual: PyValue | undefined, expected: PyValue | undefined): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    return actual === expected || Math.abs(actual - expected) <= 1e-12 * Math.max(Math.abs(actual), Math.abs(expected));
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => sameResolved(actual[i], e));
  }
  if (isDict(expected)) {
    if (!isDict(actual)) return false;
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    return [...keys].every((k) => sameResolved(actual[k], expected[k]));
  }
  return actual === expected;
}
