import { describe, expect, it } from 'vitest';
import { plateauNeedsEval } from './plateau-needs-eval';
import { findingsOf } from '../test-context';

describe(plateauNeedsEval.id, () => {
  it('rejects reduce_lr_on_plateau without evaluation', () => {
    expect(findingsOf(plateauNeedsEval, { lr_scheduler_type: 'reduce_lr_on_plateau' })[0]?.fix?.patch).toEqual({ eval_strategy: 'epoch' });
  });
  it('accepts it with evaluation', () => {
    expect(findingsOf(plateauNeedsEval, { lr_scheduler_type: 'reduce_lr_on_plateau', eval_strategy: 'steps', eval_steps: 100 })).toEqual([]);
  });
});
