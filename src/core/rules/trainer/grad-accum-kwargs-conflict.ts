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
      messageKo:
        '누적 횟수가 `accelerator_config.gradient_accumulation_kwargs.num_steps`와 `gradient_accumulation_steps` 두 곳에 설정되어 있습니다. ' +
        "Trainer는 어느 쪽인지 추측하지 않고 \"The `AcceleratorConfig`'s `num_steps` is set but `gradient_accumulation_steps` is greater than 1 in the passed `TrainingArguments`\" 오류를 냅니다. " +
        '하나만 남기세요. `num_steps`를 쓰려면 `gradient_accumulation_steps`를 1로 두고, 아니면 `num_steps`를 지우세요.',
    };
  },
});
