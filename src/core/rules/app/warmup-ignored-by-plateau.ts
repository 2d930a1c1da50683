import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { warmupOf } from '../warmup-of';

/** `get_scheduler` hands ReduceLROnPlateau only the kwargs: no warmup length ever reaches it. */
export const warmupIgnoredByPlateau = defineRule({
  id: 'warmup-ignored-by-plateau',
  fields: ['warmup_steps', 'warmup_ratio', 'lr_scheduler_type'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['warmup-ignored-by-plateau'],
  description: 'A warmup with lr_scheduler_type "reduce_lr_on_plateau" is ignored.',
  check: ({ input, resolved, target }) => {
    if (resolved.lr_scheduler_type !== 'reduce_lr_on_plateau') return null;
    const warmup = warmupOf(resolved, input, target);
    if (warmup === null) return null;
    const field = warmup.field;
    return {
      fields: [field, 'lr_scheduler_type'],
      text: message('warmup-ignored-by-plateau', { field }),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'warmup-ignored-by-plateau': { readonly field: 'warmup_steps' | 'warmup_ratio' };
  }
}
