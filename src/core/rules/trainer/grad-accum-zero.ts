import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** The library never checks `gradient_accumulation_steps`; the Trainer divides the batches per epoch by it. */
export const gradAccumZero = defineRule({
  id: 'grad-accum-zero',
  fields: ['gradient_accumulation_steps'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['grad-accum-zero', 'grad-accum-zero.fix'],
  description: 'gradient_accumulation_steps must be at least 1.',
  check: ({ resolved }) =>
    resolved.gradient_accumulation_steps === 0
      ? {
          text: message('grad-accum-zero', {}),
          fix: { text: message('grad-accum-zero.fix', {}), patch: { gradient_accumulation_steps: 1 } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'grad-accum-zero': NoParams;
    'grad-accum-zero.fix': NoParams;
  }
}
