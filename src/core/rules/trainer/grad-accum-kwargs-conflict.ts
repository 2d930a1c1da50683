import { message, type NoParams } from '../../i18n/messages/message';
import { isDict } from '../../py/py-value';
import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';

/** The Trainer cannot tell which accumulation count is meant when both places set one, so it refuses instead of guessing. */
export const gradAccumKwargsConflict = defineRule({
  id: 'grad-accum-kwargs-conflict',
  fields: ['accelerator_config', 'gradient_accumulation_steps'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['grad-accum-kwargs-conflict'],
  description: 'accelerator_config.gradient_accumulation_kwargs.num_steps conflicts with gradient_accumulation_steps > 1.',
  check: ({ resolved }) => {
    const config = resolved.accelerator_config;
    const kwargs = isDict(config) ? config.gradient_accumulation_kwargs : undefined;
    const steps = pyNumber(resolved.gradient_accumulation_steps);
    if (!isDict(kwargs) || !('num_steps' in kwargs) || steps === null || steps <= 1) return null;
    return {
      text: message('grad-accum-kwargs-conflict', {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'grad-accum-kwargs-conflict': NoParams;
  }
}
