import { isDict } from '../py/py-value';
import { pyNumber } from '../schedule/py-number';
import { defineRule } from './define-rule';

/** The Trainer cannot tell which accumulation count is meant when both places set one, so it refuses instead of guessing. */
export const gradAccumKwargsConflict = defineRule({
  id: 'grad-accum-kwargs-conflict',
  fields: ['accelerator_config', 'gradient_accumulation_steps'],
  severity: 'error',
  source: 'trainer',
  description: 'accelerator_config.gradient_accumulation_kwargs.num_steps conflicts with gradient_accumulation_steps > 1.',
  check: ({ resolved }) => {
    const config = resolved.accelerator_config;
    const kwargs = isDict(config) ? config.gradient_accumulation_kwargs : undefined;
    const steps = pyNumber(resolved.gradient_accumulation_steps);
    if (!isDict(kwargs) || !('num_steps' in kwargs) || steps === null || steps <= 1) return null;
    return {
      message:
        'The accumulation count is set twice: accelerator_config.gradient_accumulation_kwargs.num_steps and gradient_accumulation_steps. ' +
        "The Trainer does not guess which one you mean and raises \"The `AcceleratorConfig`'s `num_steps` is set but `gradient_accumulation_steps` is greater than 1 in the passed `TrainingArguments`\". " +
        'Keep only one: leave gradient_accumulation_steps at 1 to use num_steps, or remove num_steps.',
    };
  },
});
