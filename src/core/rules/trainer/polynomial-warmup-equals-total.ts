import { message } from '../../i18n/messages/message';
import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { warmupOf, warmupSteps as warmupStepsOver } from '../warmup-of';

/**
 * The polynomial lambda divides by `num_training_steps - num_warmup_steps` without a guard; it is evaluated at
 * step T after the last update, so a warmup of exactly max_steps crashes at the very end of training.
 */
export const polynomialWarmupEqualsTotal = defineRule({
  id: 'polynomial-warmup-equals-total',
  fields: ['warmup_steps', 'warmup_ratio', 'max_steps', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['polynomial-warmup-equals-total'],
  description: 'The polynomial schedule divides by zero when the warmup is exactly max_steps long.',
  check: ({ input, resolved, target }) => {
    if (resolved.lr_scheduler_type !== 'polynomial') return null;
    const total = pyNumber(resolved.max_steps);
    const warmup = warmupOf(resolved, input, target);
    if (total === null || warmup === null || total <= 0) return null;
    const warmupSteps = warmupStepsOver(warmup, total);
    if (warmupSteps !== total) return null;
    return {
      fields: [warmup.field, 'max_steps', 'lr_scheduler_type'],
      text: message('polynomial-warmup-equals-total', { warmupSteps }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'polynomial-warmup-equals-total': { readonly warmupSteps: number };
  }
}
