import { pyNumber } from '../schedule/py-number';
import { defineRule } from './define-rule';

/** `get_scheduler` hands ReduceLROnPlateau only the kwargs: no warmup length ever reaches it. */
export const warmupIgnoredByPlateau = defineRule({
  id: 'warmup-ignored-by-plateau',
  fields: ['warmup_steps', 'lr_scheduler_type'],
  severity: 'warning',
  source: 'app',
  description: 'A warmup with lr_scheduler_type "reduce_lr_on_plateau" is ignored.',
  check: ({ input, resolved }) => {
    if (resolved.lr_scheduler_type !== 'reduce_lr_on_plateau') return null;
    const warmup = pyNumber(resolved.warmup_steps);
    if (warmup === null || warmup <= 0) return null;
    const fromRatio = input.values.warmup_ratio !== undefined && input.values.warmup_ratio !== null;
    return {
      fields: fromRatio ? ['warmup_ratio', 'lr_scheduler_type'] : ['warmup_steps', 'lr_scheduler_type'],
      message: `reduce_lr_on_plateau has no warmup phase: it starts at the full learning rate and only lowers it after evaluations stop improving, so ${fromRatio ? 'warmup_ratio' : 'warmup_steps'} has no effect.`,
    };
  },
});
