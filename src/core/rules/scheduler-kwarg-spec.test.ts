import { describe, expect, it } from 'vitest';
import { isSet, schedulerKwargs, schedulerSpec, withoutKeys } from './scheduler-kwarg-spec';

describe(schedulerSpec.name, () => {
  it('finds the spec of the resolved schedule, and nothing for unknown names', () => {
    expect(schedulerSpec({ lr_scheduler_type: 'polynomial' })?.kwargs.lr_end?.kind).toBe('number');
    expect(schedulerSpec({ lr_scheduler_type: 'toString' })).toBeUndefined();
    expect(schedulerSpec({ lr_scheduler_type: 3 })).toBeUndefined();
  });
});

describe(schedulerKwargs.name, () => {
  it('reads None as an empty dict and rejects non-dicts', () => {
    expect(schedulerKwargs({ lr_scheduler_kwargs: null })).toEqual({});
    expect(schedulerKwargs({ lr_scheduler_kwargs: { power: 2 } })).toEqual({ power: 2 });
    expect(schedulerKwargs({ lr_scheduler_kwargs: 'kwargs.json' })).toBeUndefined();
    expect(schedulerKwargs({ lr_scheduler_kwargs: [1] })).toBeUndefined();
  });
});

describe(withoutKeys.name, () => {
  it('drops keys and returns undefined when nothing remains', () => {
    expect(withoutKeys({ a: 1, b: 2 }, ['a'])).toEqual({ b: 2 });
    expect(withoutKeys({ a: 1 }, ['a'])).toBeUndefined();
  });
});

describe(isSet.name, () => {
  it('treats an explicit None like a missing key', () => {
    expect(isSet({ min_lr: null }, 'min_lr')).toBe(false);
    expect(isSet({ min_lr: 0 }, 'min_lr')).toBe(true);
    expect(isSet({}, 'min_lr')).toBe(false);
  });
});
