import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';

/** SFTTrainer: the chunked loss computes logits in pieces, which the fused Liger kernels already replace. */
export const sftLigerChunkedNll = defineRule({
  id: 'sft-liger-chunked-nll',
  fields: ['loss_type', 'use_liger_kernel'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'SFT loss_type "chunked_nll" cannot be combined with use_liger_kernel.',
  check: ({ resolved }) =>
    resolved.loss_type === 'chunked_nll' && isTruthy(resolved.use_liger_kernel)
      ? {
          message:
            'loss_type "chunked_nll" and use_liger_kernel both replace how the loss is computed, and SFTTrainer refuses the pair when it starts ("`loss_type=\'chunked_nll\'` is not compatible with `use_liger_kernel=True`."). Leave loss_type empty (it becomes "nll" with Liger), or turn the Liger kernels off.',
          messageKo: `${code('loss_type')} ${code('"chunked_nll"')}과 ${code('use_liger_kernel')}은 둘 다 손실 계산 방식을 바꾸므로 SFTTrainer가 시작할 때 거부합니다. ${code('loss_type')}를 비우거나(Liger와 함께면 "nll"이 됩니다) Liger 커널을 끄세요.`,
          fix: { label: 'Leave loss_type unset', labelKo: 'loss_type 비우기', patch: { loss_type: undefined } },
        }
      : null,
});
