import { describe, expect, it } from 'vitest';
import { readSchedulerKwargs } from './scheduler-kwargs';

describe('readSchedulerKwargs', () => {
  it('fills in the schedule function defaults', () => {
    const read = readSchedulerKwargs('warmup_stable_decay', { num_decay_steps: 5 });
    expect(read.ok && read.value.kwargs).toEqual({
      num_decay_steps: 5,
      num_stable_steps: null,
      warmup_type: 'linear',
      decay_type: 'cosine',
      min_lr_ratio: 0,
      num_cycles: 0.5,
    });
  });

  it('treats missing or None kwargs as none given', () => {
    for (const given of [null, undefined]) {
      const read = readSchedulerKwargs('cosine_with_restarts', given);
      expect(read.ok && read.value.kwargs).toEqual({ num_cycles: 1 });
    }
  });

  it('applies float() where the library does and plain arithmetic elsewhere', () => {
    const converted = readSchedulerKwargs('cosine', { num_cycles: ' 2 ' });
    expect(converted.ok && converted.value.kwargs).toEqual({ num_cycles: 2 });
    expect(readSchedulerKwargs('cosine', { num_cycles: 'two' }).ok).toBe(false);
    expect(readSchedulerKwargs('cosine', { num_cycles: null }).ok).toBe(false);
    expect(readSchedulerKwargs('polynomial', { lr_end: '1e-7' }).ok).toBe(false);
    const boolean = readSchedulerKwargs('polynomial', { power: true });
    expect(boolean.ok && boolean.value.kwargs.power).toBe(1);
  });

  it('accepts one min_lr per parameter group for reduce_lr_on_plateau', () => {
    expect(readSchedulerKwargs('reduce_lr_on_plateau', { min_lr: [0, 1e-6] }).ok).toBe(true);
    expect(readSchedulerKwargs('reduce_lr_on_plateau', { min_lr: ['x'] }).ok).toBe(false);
  });

  it('lists the given kwargs that the library drops', () => {
    const read = readSchedulerKwargs('constant_with_warmup', { num_cycles: 3, timescale: 10 });
    expect(read.ok && read.value.ignored).toEqual(['num_cycles', 'timescale']);
    expect(readSchedulerKwargs('inverse_sqrt', 'not a dict').ok).toBe(true);
  });

  it('rejects a non-mapping for types that unpack it', () => {
    const read = readSchedulerKwargs('linear', 'schedule.json');
    expect(read.ok ? undefined : read.error.code).toBe('scheduler-kwarg-type');
  });

  it('allows last_epoch only at its default', () => {
    expect(readSchedulerKwargs('linear', { last_epoch: -1 }).ok).toBe(true);
    const resumed = readSchedulerKwargs('linear', { last_epoch: 3 });
    expect(resumed.ok ? undefined : resumed.error.code).toBe('scheduler-kwarg-type');
  });

  it('says when the Trainer already passes a kwarg', () => {
    const read = readSchedulerKwargs('linear', { num_warmup_steps: 3 });
    expect(read.ok ? '' : read.error.message).toContain('Trainer already passes');
  });

  it('says so only for the names the Trainer passes to that schedule', () => {
    const read = readSchedulerKwargs('reduce_lr_on_plateau', { num_warmup_steps: 3 });
    expect(read.ok ? '' : read.error.message).toContain('takes only mode, factor');
  });

  it('rejects verbose, which torch >= 2.7 ReduceLROnPlateau no longer takes', () => {
    const read = readSchedulerKwargs('reduce_lr_on_plateau', { verbose: true });
    expect(read.ok ? undefined : read.error.code).toBe('scheduler-unknown-kwarg');
  });
});
