import { pyNumber } from '../schedule/py-number';
import { defineRule } from './define-rule';

/** Layer-wise GaLore/APOLLO steps each parameter inside its gradient hook, so there is no accumulated gradient to wait for. */
export const layerwiseGradAccum = defineRule({
  id: 'layerwise-grad-accum',
  fields: ['gradient_accumulation_steps', 'optim'],
  severity: 'error',
  source: 'trainer',
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
      fix: { label: 'Set gradient_accumulation_steps to 1', patch: { gradient_accumulation_steps: 1 } },
    };
  },
});
