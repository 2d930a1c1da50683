import { describe, expect, it } from 'vitest';
import { parseOptimArgs, readsOptimArgs } from './optim-args-spec';

describe(parseOptimArgs.name, () => {
  it('drops spaces and lets a later key win', () => {
    expect(parseOptimArgs('rank = 64, rank=32,scale=0.25')).toEqual(
      new Map([
        ['rank', '32'],
        ['scale', '0.25'],
      ]),
    );
  });
  it('returns null for items that are not key=value', () => {
    expect(parseOptimArgs('rank')).toBeNull();
    expect(parseOptimArgs('a=1,')).toBeNull();
    expect(parseOptimArgs(42)).toBeNull();
  });
  it('reads an empty string as no items', () => {
    expect(parseOptimArgs('')?.size).toBe(0);
  });
});

describe(readsOptimArgs.name, () => {
  it('knows which optimizers read optim_args', () => {
    expect(readsOptimArgs('galore_adamw')).toBe(true);
    expect(readsOptimArgs('rmsprop_bnb')).toBe(true);
    expect(readsOptimArgs('adamw_torch_fused')).toBe(false);
    expect(readsOptimArgs(null)).toBe(false);
  });
});
