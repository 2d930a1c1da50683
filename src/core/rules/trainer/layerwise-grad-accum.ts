import { message, type NoParams } from '../../i18n/messages/message';
import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';

/** Layer-wise GaLore/APOLLO steps each parameter inside its gradient hook, so there is no accumulated gradient to wait for. */
export const layerwiseGradAccum = defineRule({
  id: 'layerwise-grad-accum',
  fields: ['gradient_accumulation_steps', 'optim'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['layerwise-grad-accum', 'layerwise-grad-accum.fix'],
  description: 'Layer-wise GaLore/APOLLO optimizers cannot be combined with gradient_accumulation_steps > 1.',
  check: ({ resolved }) => {
    const optim = resolved.optim;
    if (typeof optim !== 'string' || !/^(galore|apollo)_.*layerwise$/.test(optim)) return null;
    const steps = pyNumber(resolved.gradient_accumulation_steps);
    // Zero is its own error (grad-accum-zero).
    if (steps === null || steps <= 1) return null;
    return {
      text: message('layerwise-grad-accum', { optim, steps }),
      fix: { text: message('layerwise-grad-accum.fix', {}), patch: { gradient_accumulation_steps: 1 } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'layerwise-grad-accum': { readonly optim: string; readonly steps: number };
    'layerwise-grad-accum.fix': NoParams;
  }
}
