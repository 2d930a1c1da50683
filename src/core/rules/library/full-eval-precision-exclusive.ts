import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** Mirrors `_validate_args`: only one half-precision mode can be used for full evaluation. */
export const fullEvalPrecisionExclusive = defineRule({
  id: 'full-eval-precision-exclusive',
  fields: ['fp16_full_eval', 'bf16_full_eval'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['full-eval-precision-exclusive', 'full-eval-precision-exclusive.fix', 'full-eval-precision-exclusive.fix2'],
  description: 'fp16_full_eval and bf16_full_eval cannot both be True.',
  check: ({ resolved }) =>
    resolved.fp16_full_eval === true && resolved.bf16_full_eval === true
      ? {
          text: message('full-eval-precision-exclusive', {}),
          fix:
            resolved.bf16 === true
              ? { text: message('full-eval-precision-exclusive.fix', {}), patch: { fp16_full_eval: undefined } }
              : { text: message('full-eval-precision-exclusive.fix2', {}), patch: { bf16_full_eval: undefined } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'full-eval-precision-exclusive': NoParams;
    'full-eval-precision-exclusive.fix': NoParams;
    'full-eval-precision-exclusive.fix2': NoParams;
  }
}
