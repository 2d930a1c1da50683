import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { warmupOf } from '../warmup-of';

/** `get_scheduler` builds the plain constant schedule before it reads the warmup, so warmup_steps silently does nothing. */
export const warmupIgnoredByConstant = defineRule({
  id: 'warmup-ignored-by-constant',
  fields: ['warmup_steps', 'warmup_ratio', 'lr_scheduler_type'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['warmup-ignored-by-constant'],
  description: 'A warmup with lr_scheduler_type "constant" is ignored; constant_with_warmup is the schedule that warms up.',
  check: ({ input, resolved, target }) => {
    if (resolved.lr_scheduler_type !== 'constant') return null;
    const warmup = warmupOf(resolved, input, target);
    if (warmup === null) return null;
    const field = warmup.field;
    return {
      fields: [field, 'lr_scheduler_type'],
      text: message('warmup-ignored-by-constant', { field }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'warmup-ignored-by-constant': { readonly field: 'warmup_steps' | 'warmup_ratio' };
  }
}
