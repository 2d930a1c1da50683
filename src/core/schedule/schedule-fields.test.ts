import { describe, expect, it } from 'vitest';
import { randomKwargs, seededRandom } from '../emit/random-kwargs';
import { kwargs } from '../py/py-value';
import { getField } from '../registry/registry';
import { resolveConfig } from '../resolve/resolve-config';
import { computeSchedule } from './compute-schedule';
import { pickScheduleArgs, SCHEDULE_FIELDS, scheduleArgsKey } from './schedule-fields';

function comparable(result: ReturnType<typeof computeSchedule>): unknown {
  if (!result.ok) return result;
  // The factor is a closure (never equal); its values are compared through the series.
  const lr = { ...result.value.lr, factor: null };
  return { ...result.value, lr, series: result.value.series && Array.from(result.value.series) };
}

describe('SCHEDULE_FIELDS', () => {
  it('names only real fields, once each', () => {
    for (const name of SCHEDULE_FIELDS) expect(getField(name), name).toBeDefined();
    expect(new Set(SCHEDULE_FIELDS).size).toBe(SCHEDULE_FIELDS.length);
  });

  it('are all the schedule reads: the picked values give the same schedule', () => {
    const random = seededRandom(7);
    const run = { examples: 5_000, devicesPerNode: 2, nodes: 1 };
    let compared = 0;
    for (let i = 0; i < 300; i++) {
      const input = randomKwargs(random, { share: 0.5 });
      const resolved = resolveConfig(input).values;
      // Random sizes can ask for billions of steps; at most 5,000 updates per epoch here, so bound both ways in.
      const { max_steps: maxSteps, num_train_epochs: epochs } = resolved;
      if ((typeof maxSteps === 'number' && maxSteps > 20_000) || (typeof epochs === 'number' && epochs > 4)) continue;
      const full = computeSchedule(resolved, run);
      expect(comparable(computeSchedule(pickScheduleArgs(resolved), run)), `config ${i}`).toEqual(comparable(full));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('scheduleArgsKey', () => {
  it('ignores fields the schedule does not read', () => {
    const a = resolveConfig(kwargs({ max_steps: 100, seed: 1, bf16: true })).values;
    const b = resolveConfig(kwargs({ max_steps: 100, seed: 2 })).values;
    expect(scheduleArgsKey(a)).toBe(scheduleArgsKey(b));
  });

  it('changes with any schedule input, nested kwargs and non-finite numbers included', () => {
    const key = (values: Record<string, unknown>) => scheduleArgsKey(values as never);
    expect(key({ max_steps: 100 })).not.toBe(key({ max_steps: 101 }));
    expect(key({ lr_scheduler_kwargs: { num_cycles: 1 } })).not.toBe(key({ lr_scheduler_kwargs: { num_cycles: 2 } }));
    expect(key({ learning_rate: Number.NaN })).not.toBe(key({ learning_rate: Number.POSITIVE_INFINITY }));
    expect(key({ learning_rate: Number.NaN })).not.toBe(key({ learning_rate: null }));
  });
});
