import { message, type NoParams } from '../../i18n/messages/message';
import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';

/** SFTTrainer: the chunked loss computes logits in pieces, which the fused Liger kernels already replace. */
export const sftLigerChunkedNll = defineRule({
  id: 'sft-liger-chunked-nll',
  fields: ['loss_type', 'use_liger_kernel'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['sft-liger-chunked-nll', 'sft-liger-chunked-nll.fix'],
  description: 'SFT loss_type "chunked_nll" cannot be combined with use_liger_kernel.',
  check: ({ resolved }) =>
    resolved.loss_type === 'chunked_nll' && isTruthy(resolved.use_liger_kernel)
      ? {
          text: message('sft-liger-chunked-nll', {}),
          fix: { text: message('sft-liger-chunked-nll.fix', {}), patch: { loss_type: undefined } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'sft-liger-chunked-nll': NoParams;
    'sft-liger-chunked-nll.fix': NoParams;
  }
}
