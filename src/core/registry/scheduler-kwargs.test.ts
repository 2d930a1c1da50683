import { describe, expect, it } from 'vitest';
import type { PyValue } from '../py/py-value';
import { pyFloat, pyNumber } from '../schedule/py-number';
import { SCHEDULER_TYPES_515 } from './enums';
import { type KwargSpec, REQUIRED, SCHEDULER_SPECS } from './scheduler-kwargs';

/** Whether the schedule code could use this value for a kwarg of this kind. */
function fits(spec: KwargSpec, value: PyValue): boolean {
  if (value === null) return spec.nullable;
  switch (spec.kind) {
    case 'choice':
      return typeof value === 'string' && (spec.choices ?? []).includes(value);
    case 'float-cast':
      return pyFloat(value) !== null;
    case 'number-or-list':
      return Array.isArray(value) ? value.every((item) => pyNumber(item) !== null) : pyNumber(value) !== null;
    case 'number':
      return pyNumber(value) !== null;
  }
}

const allKwargs = Object.entries(SCHEDULER_SPECS).flatMap(([type, spec]) =>
  Object.entries(spec.kwargs).map(([name, kwarg]) => [`${type}.${name}`, kwarg] as const),
);

describe('SCHEDULER_SPECS', () => {
  it('covers every SchedulerType', () => {
    expect(Object.keys(SCHEDULER_SPECS).sort()).toEqual([...SCHEDULER_TYPES_515].sort());
  });

  it('marks exactly the three schedules that get_scheduler builds without kwargs, and lists none for them', () => {
    const dropping = Object.entries(SCHEDULER_SPECS).filter(([, spec]) => !spec.takesKwargs);
    expect(dropping.map(([type]) => type).sort()).toEqual(['constant', 'constant_with_warmup', 'inverse_sqrt']);
    expect(dropping.every(([, spec]) => Object.keys(spec.kwargs).length === 0)).toBe(true);
  });

  it.each(allKwargs)('%s has a default of its own kind, or is required', (_, kwarg) => {
    if (kwarg.default !== REQUIRED) expect(fits(kwarg, kwarg.default)).toBe(true);
    expect(kwarg.choices !== undefined).toBe(kwarg.kind === 'choice');
  });

  it('has num_decay_steps of warmup_stable_decay as the only required kwarg', () => {
    expect(allKwargs.filter(([, kwarg]) => kwarg.default === REQUIRED).map(([name]) => name)).toEqual(['warmup_stable_decay.num_decay_steps']);
  });

  it('never lets a kwarg clash with a name the Trainer passes', () => {
    for (const spec of Object.values(SCHEDULER_SPECS)) {
      expect(Object.keys(spec.kwargs).filter((name) => spec.passedByTrainer.includes(name))).toEqual([]);
    }
  });

  it('gives warmup_stable_decay the shapes linear, cosine and 1-sqrt', () => {
    const { warmup_type, decay_type } = SCHEDULER_SPECS.warmup_stable_decay.kwargs;
    expect(warmup_type?.choices).toEqual(['linear', 'cosine', '1-sqrt']);
    expect(decay_type?.choices).toEqual(['linear', 'cosine', '1-sqrt']);
  });

  it('follows torch >= 2.7 ReduceLROnPlateau, which has no verbose argument', () => {
    expect(Object.keys(SCHEDULER_SPECS.reduce_lr_on_plateau.kwargs)).toEqual([
      'mode',
      'factor',
      'patience',
      'threshold',
      'threshold_mode',
      'cooldown',
      'min_lr',
      'eps',
    ]);
    expect(SCHEDULER_SPECS.reduce_lr_on_plateau.passedByTrainer).toEqual(['optimizer']);
  });
});
