import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson } from '../src/core/py/parse-json';
import { isDict, kwargs, type PyValue } from '../src/core/py/py-value';
import { resolveConfig } from '../src/core/resolve/resolve-config';
import { computeSchedule } from '../src/core/schedule/compute-schedule';

/** The schedule vectors were made on the 5.2–5.5 band (see test/vectors/README.md). */
const SCHEDULES_TARGET = '5.2-5.5';

interface ScheduleCase {
  readonly id: string;
  readonly input: Record<string, PyValue>;
  readonly floatWritten: ReadonlySet<string>;
  readonly expect: {
    readonly total_steps: number;
    readonly warmup_steps: number;
    readonly updates_per_epoch?: number;
    readonly lr: number[] | Record<string, number> | null;
    readonly log_steps: number[];
    readonly eval_steps: number[];
    readonly save_steps: number[];
  };
}

// Read with the lossless parser: `100.0` and `100` must stay distinguishable, as the library sees them.
function loadCases(): ScheduleCase[] {
  const text = readFileSync(new URL('./vectors/schedules-public.jsonl', import.meta.url), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parsed = parseJson(line);
      if (!parsed.ok || !isDict(parsed.value) || !isDict(parsed.value.input)) throw new Error(`bad vector line: ${line.slice(0, 80)}`);
      const floatWritten = new Set([...parsed.floatWritten].filter((path) => path.startsWith('input.')).map((path) => path.slice('input.'.length)));
      return { id: String(parsed.value.id), input: parsed.value.input, floatWritten, expect: parsed.value.expect as unknown as ScheduleCase['expect'] };
    });
}

function closeTo(actual: number | undefined, expected: number): boolean {
  if (actual === undefined) return false;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected));
}

describe('computeSchedule on schedules-public.jsonl', () => {
  for (const testCase of loadCases()) {
    it(`matches ${testCase.id}`, () => {
      const { dataset_size: examples, devices, ...args } = testCase.input;
      const resolved = resolveConfig(kwargs(args, testCase.floatWritten), { target: SCHEDULES_TARGET }).values;
      const result = computeSchedule(resolved, { examples: examples as number, devicesPerNode: devices as number, nodes: 1 }, { target: SCHEDULES_TARGET });
      if (!result.ok) throw new Error(result.error.message);
      const { plan, series, timeline } = result.value;
      const expected = testCase.expect;
      expect(plan.totalSteps).toBe(expected.total_steps);
      expect(plan.warmupSteps).toBe(expected.warmup_steps);
      if (expected.updates_per_epoch !== undefined) expect(plan.updatesPerEpoch).toBe(expected.updates_per_epoch);
      expect(timeline.logSteps).toEqual(expected.log_steps);
      expect(timeline.evalSteps).toEqual(expected.eval_steps);
      expect(timeline.saveSteps).toEqual(expected.save_steps);

      if (expected.lr === null) {
        expect(series).toBeNull();
        return;
      }
      expect(series).not.toBeNull();
      const wanted: [number, number][] = Array.isArray(expected.lr)
        ? expected.lr.map((value, index) => [index + 1, value])
        : Object.entries(expected.lr).map(([k, value]) => [Number(k), value]);
      if (Array.isArray(expected.lr)) expect(series!.length).toBe(expected.lr.length);
      const wrong = wanted.filter(([k, value]) => !closeTo(series![k - 1], value));
      expect(wrong.map(([k, value]) => ({ update: k, expected: value, actual: series![k - 1] }))).toEqual([]);
    });
  }
});
