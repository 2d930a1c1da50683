import type { Target } from '../../target/target';
import { message } from '../../i18n/messages/message';
import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { warmupOf, warmupSteps as warmupStepsOver } from '../warmup-of';

// constant and reduce_lr_on_plateau never warm up; their own warnings cover a warmup given to them.
const NO_WARMUP = ['constant', 'reduce_lr_on_plateau'];

/**
 * With max_steps the total is known up front, so a warmup as long as training (after the Trainer's `int()` /
 * `ceil()` rounding) can be seen now: the learning rate would never reach its peak.
 */
export const warmupCoversTraining = defineRule({
  id: 'warmup-covers-training',
  fields: ['warmup_steps', 'warmup_ratio', 'max_steps'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['warmup-covers-training'],
  description: 'A warmup that lasts as long as max_steps means the learning rate never reaches learning_rate.',
  check: ({ input, resolved, target }) => {
    const total = pyNumber(resolved.max_steps);
    const warmup = warmupOf(resolved, input, target);
    if (total === null || warmup === null || total <= 0 || NO_WARMUP.includes(String(resolved.lr_scheduler_type))) return null;
    const warmupSteps = warmupStepsOver(warmup, total);
    if (warmupSteps < total) return null;
    const field = warmup.field;
    return {
      fields: [field, 'max_steps'],
      text: message('warmup-covers-training', { warmupSteps, total, target }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'warmup-covers-training': { readonly warmupSteps: number; readonly total: number; readonly target: Target };
  }
}
