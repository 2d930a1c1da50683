import { describe, expect, it } from 'vitest';
import { iterableNeedsMaxSteps } from './iterable-needs-max-steps';
import { contextFor } from '../test-context';

const streaming = { examples: null, devicesPerNode: 1, nodes: 1 };

describe(iterableNeedsMaxSteps.id, () => {
  it('rejects a dataset without a length when max_steps is not positive', () => {
    expect(iterableNeedsMaxSteps.check({ ...contextFor({}), run: streaming })).not.toBeNull();
  });
  it('accepts max_steps, a sized dataset, or no run context at all', () => {
    expect(iterableNeedsMaxSteps.check({ ...contextFor({ max_steps: 1000 }), run: streaming })).toBeNull();
    expect(iterableNeedsMaxSteps.check({ ...contextFor({}), run: { ...streaming, examples: 500 } })).toBeNull();
    expect(iterableNeedsMaxSteps.check(contextFor({}))).toBeNull();
  });
});
