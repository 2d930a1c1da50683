import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { code, eun } from '../ko-text';

/** Layer-wise GaLore/APOLLO steps each parameter inside its gradient hook, so there is no accumulated gradient to wait for. */
export const layerwiseGradAccum = defineRule({
  id: 'layerwise-grad-accum',
  fields: ['gradient_accumulation_steps', 'optim'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'Layer-wise GaLore/APOLLO optimizers cannot be combined with gradient_accumulation_steps > 1.',
  check: ({ resolved }) => {
    const optim = resolved.optim;
    if (typeof optim !== 'string' || !/^(galore|apollo)_.*layerwise$/.test(optim)) return null;
    const steps = pyNumber(resolved.gradient_accumulation_steps);
    // Zero is its own error (grad-accum-zero).
    if (steps === null || steps <= 1) return null;
    return {
      message:
        `${optim} updates every layer as soon as its gradient is ready, so it cannot accumulate gradients over ${String(steps)} steps. ` +
        `The Trainer raises "Layerwise ${optim} does not support gradient accumulation!". Set gradient_accumulation_steps to 1 (raise per_device_train_batch_size to keep the global batch), or use the non-layer-wise optimizer.`,
      messageKo:
        `${eun(code(optim))} 그래디언트가 준비되는 즉시 레이어마다 업데이트하므로 ${String(steps)} 스텝에 걸쳐 그래디언트를 누적할 수 없습니다. ` +
        `Trainer는 "Layerwise ${optim} does not support gradient accumulation!" 오류를 냅니다. \`gradient_accumulation_steps\`를 1로 설정하거나(전역 배치를 유지하려면 \`per_device_train_batch_size\`를 늘리세요), layer-wise가 아닌 옵티마이저를 쓰세요.`,
      fix: { label: 'Set gradient_accumulation_steps to 1', labelKo: 'gradient_accumulation_steps를 1로 설정', patch: { gradient_accumulation_steps: 1 } },
    };
  },
});
