import { describe, expect, it } from 'vitest';
import type { PyValue } from '../py/py-value';
import { SCHEDULER_TYPES } from '../registry/enums';
import type { LrScheduleInput, PlateauSchedule, StepSchedule } from './lr-schedule';
import { buildLrSchedule, lrAtUpdate } from './lr-schedule';

function input(type: string, kwargs: PyValue = null, W = 10, T = 100, lr = 1e-3): LrScheduleInput {
  return { type, kwargs, warmupSteps: W, totalSteps: T, learningRate: lr };
}

function stepSchedule(type: string, kwargs: PyValue = null, W = 10, T = 100, lr = 1e-3): StepSchedule {
  const result = buildLrSchedule(input(type, kwargs, W, T, lr));
  if (!result.ok) throw new Error(result.error.message);
  if (result.value.kind !== 'step') throw new Error('expected a step schedule');
  return result.value;
}

function errorCode(type: string, kwargs: PyValue = null, W = 10, T = 100, lr = 1e-3): string | undefined {
  const result = buildLrSchedule(input(type, kwargs, W, T, lr));
  return result.ok ? undefined : result.error.code;
}

describe('buildLrSchedule', () => {
  it('ramps linearly from 0 during warmup for the warmup-starting types', () => {
    for (const type of ['linear', 'cosine', 'cosine_with_restarts', 'polynomial', 'constant_with_warmup', 'inverse_sqrt']) {
      const f = stepSchedule(type).factor;
      expect([0, 5, 9].map(f)).toEqual([0, 0.5, 0.9]);
      expect(f(10)).toBeCloseTo(1, 12);
    }
  });

  it('uses f(k − 1) at update k, so the first update runs at 0 with warmup', () => {
    const schedule = stepSchedule('linear');
    expect(lrAtUpdate(schedule, 1)).toBe(0);
    expect(lrAtUpdate(schedule, 11)).toBeCloseTo(1e-3, 15);
    expect(lrAtUpdate(schedule, 100)).toBeCloseTo(1e-3 * (1 / 90), 15);
  });

  it('starts at the full rate without warmup', () => {
    for (const type of ['linear', 'cosine', 'constant_with_warmup']) expect(stepSchedule(type, null, 0).factor(0)).toBe(1);
  });

  it('decays linear to 0 at T and never below', () => {
    const f = stepSchedule('linear').factor;
    expect(f(55)).toBeCloseTo(0.5, 12);
    expect(f(100)).toBe(0);
    expect(f(150)).toBe(0);
  });

  it('never leaves warmup when warmup is at least the total, and says so', () => {
    const schedule = stepSchedule('linear', null, 200, 100);
    expect(schedule.factor(99)).toBeCloseTo(99 / 200, 12);
    expect(schedule.notes.map((n) => n.code)).toContain('warmup-covers-run');
  });

  it('follows a half cosine by default and honours num_cycles given as text', () => {
    const half = stepSchedule('cosine');
    expect(half.kwargs).toEqual({ num_cycles: 0.5 });
    expect(half.factor(55)).toBeCloseTo(0.5, 12);
    const full = stepSchedule('cosine', { num_cycles: '1.5' });
    expect(full.kwargs).toEqual({ num_cycles: 1.5 });
    expect(full.factor(10 + 30)).toBeCloseTo(0, 12);
  });

  it('restarts cosine_with_restarts num_cycles times', () => {
    const f = stepSchedule('cosine_with_restarts', { num_cycles: 3 }, 0, 300).factor;
    expect([0, 100, 200].map(f)).toEqual([1, 1, 1]);
    expect(f(50)).toBeCloseTo(0.5, 12);
    expect(f(99)).toBeLessThan(0.001);
    expect(f(300)).toBe(0);
  });

  it('decays polynomial towards lr_end with the given power', () => {
    const schedule = stepSchedule('polynomial', { lr_end: 1e-5, power: 2 }, 0, 100, 1e-3);
    expect(schedule.factor(50)).toBeCloseTo(((1e-3 - 1e-5) * 0.25 + 1e-5) / 1e-3, 12);
    expect(schedule.factor(100)).toBeCloseTo(1e-5 / 1e-3, 12);
    expect(schedule.factor(150)).toBe(1e-5 / 1e-3);
    expect(stepSchedule('polynomial').kwargs).toEqual({ lr_end: 1e-7, power: 1.0 });
  });

  it('rejects polynomial when lr_end is not below the learning rate, including the default lr_end', () => {
    expect(errorCode('polynomial', { lr_end: 1e-3 })).toBe('polynomial-lr-end');
    expect(errorCode('polynomial', null, 10, 100, 1e-7)).toBe('polynomial-lr-end');
  });

  it('derives inverse_sqrt timescale from the warmup (10,000 without) and ignores kwargs', () => {
    const warm = stepSchedule('inverse_sqrt', null, 25, 1000);
    expect(warm.kwargs).toEqual({ timescale: 25 });
    expect(warm.factor(100)).toBeCloseTo(0.5, 12);
    const cold = stepSchedule('inverse_sqrt', { timescale: 100 }, 0, 100_000);
    expect(cold.kwargs).toEqual({ timescale: 10_000 });
    expect(cold.factor(30_000)).toBeCloseTo(0.5, 12);
    expect(cold.ignoredKwargs).toEqual(['timescale']);
    expect(cold.notes.map((n) => n.code)).toContain('kwargs-ignored');
  });

  it('keeps constant at 1 and reports that it ignores warmup', () => {
    const schedule = stepSchedule('constant', { anything: 1 });
    expect([0, 5, 99].map(schedule.factor)).toEqual([1, 1, 1]);
    expect(schedule.notes.map((n) => n.code)).toEqual(['warmup-ignored', 'kwargs-ignored']);
  });

  it('ends cosine_with_min_lr at the minimum rate, absolute or relative', () => {
    const relative = stepSchedule('cosine_with_min_lr', { min_lr_rate: 0.1 });
    expect(relative.factor(100)).toBeCloseTo(0.1, 12);
    const absolute = stepSchedule('cosine_with_min_lr', { min_lr: 2e-4 }, 10, 100, 1e-3);
    expect(absolute.kwargs.min_lr_rate).toBeCloseTo(0.2, 15);
    expect(absolute.factor(100)).toBeCloseTo(0.2, 12);
  });

  it('requires exactly one of min_lr and min_lr_rate', () => {
    for (const type of ['cosine_with_min_lr', 'cosine_warmup_with_min_lr']) {
      expect(errorCode(type, {})).toBe('min-lr-exactly-one');
      expect(errorCode(type, { min_lr: 1e-5, min_lr_rate: 0.1 })).toBe('min-lr-exactly-one');
      expect(errorCode(type, { min_lr: null, min_lr_rate: 0.1 })).toBeUndefined();
    }
  });

  it('starts cosine_warmup_with_min_lr warmup above 0, or at warmup_lr_rate', () => {
    const plain = stepSchedule('cosine_warmup_with_min_lr', { min_lr_rate: 0.1 });
    expect(plain.factor(0)).toBeCloseTo(1 / 10, 12);
    expect(plain.factor(9)).toBe(1);
    const rated = stepSchedule('cosine_warmup_with_min_lr', { min_lr_rate: 0.1, warmup_lr_rate: '0.5' });
    expect(rated.factor(0)).toBe(0.5);
    expect(rated.factor(9)).toBeCloseTo(1, 12);
    // The decay's progress is shifted by one step: it reaches the minimum at s = T − 1.
    expect(rated.factor(99)).toBeCloseTo(0.1, 12);
  });

  it('refuses a text num_cycles where the library multiplies it without float()', () => {
    expect(errorCode('cosine_warmup_with_min_lr', { min_lr_rate: 0.1, num_cycles: '1' })).toBe('scheduler-kwarg-type');
    expect(errorCode('cosine_with_min_lr', { min_lr_rate: 0.1, num_cycles: '1' })).toBeUndefined();
  });

  it('runs warmup_stable_decay through its three phases', () => {
    const schedule = stepSchedule('warmup_stable_decay', { num_decay_steps: 20 });
    expect(schedule.kwargs.num_stable_steps).toBe(70);
    const f = schedule.factor;
    expect([0, 5, 10, 79, 80].map(f)).toEqual([0, 0.5, 1, 1, 1]);
    expect(f(90)).toBeCloseTo(0.5, 12);
    expect(f(100)).toBe(0);
    expect(schedule.notes).toEqual([]);
  });

  it('lifts warmup_stable_decay to min_lr_ratio at both ends and supports every shape', () => {
    const f = stepSchedule('warmup_stable_decay', { num_decay_steps: 20, min_lr_ratio: 0.1, warmup_type: '1-sqrt', decay_type: 'linear' }).factor;
    expect(f(0)).toBeCloseTo(0.1, 12);
    expect(f(5)).toBeCloseTo((1 - Math.sqrt(0.5)) * 0.9 + 0.1, 12);
    expect(f(90)).toBeCloseTo(0.5 * 0.9 + 0.1, 12);
    expect(f(120)).toBe(0.1);
    const g = stepSchedule('warmup_stable_decay', { num_decay_steps: 20, warmup_type: 'cosine', decay_type: '1-sqrt' }).factor;
    expect(g(5)).toBeCloseTo(0.5, 12);
    expect(g(85)).toBeCloseTo(1 - Math.sqrt(0.25), 12);
  });

  it('rests at min_lr_ratio when the given phases fall short of the run, and notes it', () => {
    const schedule = stepSchedule('warmup_stable_decay', { num_decay_steps: 20, num_stable_steps: 30, min_lr_ratio: 0.05 });
    expect(schedule.factor(60)).toBe(0.05);
    expect(schedule.notes.map((n) => n.code)).toEqual(['wsd-stable-given', 'wsd-phases-mismatch']);
  });

  it('starts the decay part-way when warmup and decay exceed the run', () => {
    const schedule = stepSchedule('warmup_stable_decay', { num_decay_steps: 50, decay_type: 'linear' }, 10, 40);
    expect(schedule.factor(10)).toBeCloseTo(1 - 20 / 50, 12);
    expect(schedule.notes.map((n) => n.code)).toContain('wsd-phases-mismatch');
  });

  it('rejects warmup_stable_decay without num_decay_steps or with an unknown shape', () => {
    expect(errorCode('warmup_stable_decay', {})).toBe('wsd-num-decay-steps');
    // Given as None it reaches the arithmetic and raises TypeError, as the scheduler-kwarg-type rule says.
    expect(errorCode('warmup_stable_decay', { num_decay_steps: null })).toBe('scheduler-kwarg-type');
    expect(errorCode('warmup_stable_decay', { num_decay_steps: 5, warmup_type: 'exp' })).toBe('wsd-unknown-type');
    expect(errorCode('warmup_stable_decay', { num_decay_steps: 5, decay_type: 'step' })).toBe('wsd-unknown-type');
  });

  it('rejects kwargs the schedule function does not take', () => {
    expect(errorCode('linear', { foo: 1 })).toBe('scheduler-unknown-kwarg');
    expect(errorCode('cosine', { num_training_steps: 5 })).toBe('scheduler-unknown-kwarg');
    expect(errorCode('cosine_with_min_lr', { min_lr_rate: 0.1, warmup_lr_rate: 0.1 })).toBe('scheduler-unknown-kwarg');
    expect(errorCode('constant_with_warmup', { foo: 1 })).toBeUndefined();
  });

  it('describes reduce_lr_on_plateau by its ceiling and torch kwargs instead of a curve', () => {
    const result = buildLrSchedule(input('reduce_lr_on_plateau', { factor: 0.5, patience: 2 }));
    expect(result.ok).toBe(true);
    const schedule = (result as { value: PlateauSchedule }).value;
    expect(schedule.kind).toBe('plateau');
    expect(schedule.ceiling).toBe(1e-3);
    expect(schedule.kwargs).toMatchObject({ mode: 'min', factor: 0.5, patience: 2, threshold: 1e-4, cooldown: 0 });
    expect(errorCode('reduce_lr_on_plateau', { factor: 1.5 })).toBe('plateau-kwarg-value');
    expect(errorCode('reduce_lr_on_plateau', { mode: 'up' })).toBe('plateau-kwarg-value');
    expect(errorCode('reduce_lr_on_plateau', { num_cycles: 2 })).toBe('scheduler-unknown-kwarg');
  });

  it('rejects an unknown scheduler type', () => {
    expect(errorCode('exponential')).toBe('unknown-scheduler-type');
  });

  it('produces finite rates for every step-based type at every step', () => {
    const kwargs: Record<string, PyValue> = {
      cosine_with_min_lr: { min_lr_rate: 0.1 },
      cosine_warmup_with_min_lr: { min_lr: 1e-5, warmup_lr_rate: 0.2 },
      warmup_stable_decay: { num_decay_steps: 30 },
    };
    for (const type of SCHEDULER_TYPES.filter((t) => t !== 'reduce_lr_on_plateau')) {
      for (const [W, T] of [
        [0, 1],
        [1, 1],
        [10, 10],
        [0, 57],
        [20, 57],
        [80, 57],
      ] as const) {
        const f = stepSchedule(type, kwargs[type] ?? null, W, T).factor;
        for (let s = 0; s < T; s++) expect(Number.isFinite(f(s))).toBe(true);
      }
    }
  });
});
