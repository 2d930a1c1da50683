import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Kwargs, PyValue } from '../../src/core/py/py-value';
import { isDict } from '../../src/core/py/py-value';
import { OrderedOracle } from './line-oracle';

const SCRIPT = fileURLToPath(new URL('./python-oracle.py', import.meta.url));

/** Whether python3 (and PyYAML, for the YAML checks) can be run here. */
export const PYTHON_FOUND = spawnSync('python3', ['--version']).status === 0;
export const PYYAML_FOUND = PYTHON_FOUND && spawnSync('python3', ['-c', 'import yaml']).status === 0;

/** A value with its Python type spelled out, so the Python side compares types too (`3` is not `3.0`). */
export type Tagged =
  | { t: 'n' }
  | { t: 'b'; v: boolean }
  | { t: 'i'; v: string }
  | { t: 'f'; v: string }
  | { t: 's'; v: string }
  | { t: 'l'; v: Tagged[] }
  | { t: 'd'; v: [string, Tagged][] };

/**
 * The value as Python must read it: a number is a float when the emitter writes it as one (`asFloat`),
 * when the user wrote it so, or when it is not whole.
 */
export function tag(value: PyValue, path: string, asFloat: boolean, floatWritten: ReadonlySet<string>): Tagged {
  if (value === null) return { t: 'n' };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (typeof value === 'number') {
    const float = asFloat || floatWritten.has(path) || !Number.isInteger(value);
    if (float) return { t: 'f', v: Number.isNaN(value) ? 'nan' : Object.is(value, -0) ? '-0.0' : String(value) };
    return { t: 'i', v: BigInt(value).toString() };
  }
  if (typeof value === 'string') return { t: 's', v: value };
  if (Array.isArray(value)) return { t: 'l', v: value.map((item, i) => tag(item, `${path}[${i}]`, false, floatWritten)) };
  if (isDict(value)) return { t: 'd', v: Object.entries(value).map(([k, item]) => [k, tag(item, `${path}.${k}`, false, floatWritten)]) };
  return { t: 'n' };
}

export interface PythonRequest {
  readonly kind: 'python' | 'json' | 'yaml';
  readonly source: string;
  readonly expected: readonly (readonly [string, Tagged])[];
  /** Python only: the class called, and the keywords that must read an environment variable (name → variable). */
  readonly callee?: string;
  readonly secrets?: Readonly<Record<string, string>>;
}

/** One python3 process that checks emitted Python, JSON and YAML; `check` gives the problem or null. */
export class PythonOracle {
  private readonly oracle = new OrderedOracle<string | null>(
    spawn('python3', ['-X', 'utf8', SCRIPT], { env: { ...process.env, PYTHONIOENCODING: 'utf-8' } }),
    (buffer) => {
      const end = buffer.indexOf(0x0a);
      if (end < 0) return undefined;
      const { problem } = JSON.parse(buffer.subarray(0, end).toString('utf8')) as { problem: string | null };
      return { used: end + 1, answer: problem };
    },
  );

  check(request: PythonRequest): Promise<string | null> {
    // JSON.stringify escapes lone surrogates and line breaks, so one request is one line of valid UTF-8.
    return this.oracle.ask(`${JSON.stringify(request)}\n`);
  }

  close(): void {
    this.oracle.close();
  }
}

/** The kwargs' expected entries, tagged. */
export function expectedEntries(entries: readonly { field: { name: string }; value: PyValue; asFloat: boolean }[], input: Kwargs): [string, Tagged][] {
  return entries.map((entry) => [entry.field.name, tag(entry.value, entry.field.name, entry.asFloat, input.floatWritten)]);
}
