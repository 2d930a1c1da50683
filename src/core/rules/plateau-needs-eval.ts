import { defineRule } from './define-rule';

/** Mirrors `_validate_args`: ReduceLROnPlateau steps on evaluation metrics, so it needs evaluations. */
export const plateauNeedsEval = defineRule({
  id: 'plateau-needs-eval',
  fields: ['lr_scheduler_type', 'eval_strategy'],
  severity: 'error',
  source: 'library',
  description: 'lr_scheduler_type "reduce_lr_on_plateau" needs an eval_strategy other than "no".',
  check: ({ resolved }) =>
    resolved.lr_scheduler_type === 'reduce_lr_on_plateau' && resolved.eval_strategy === 'no'
      ? {
          message:
            'reduce_lr_on_plateau lowers the learning rate when the evaluation metric stops improving, but eval_strategy is "no", so there is never a metric. Set eval_strategy to "epoch" or "steps". The library raises: lr_scheduler_type reduce_lr_on_plateau requires an eval strategy',
          fix: { label: 'Set eval_strategy to "epoch"', patch: { eval_strategy: 'epoch' } },
        }
      : null,
});
