import { message } from '../../i18n/messages/message';
import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { pythonText } from '../../py/python-text';

// These schedules ignore the warmup altogether; their own warnings say so.
const NO_WARMUP = ['constant', 'reduce_lr_on_plateau'];

/**
 * `get_warmup_steps` treats values >= 1 as a step count truncated with `int()`, and only values below 1 as
 * a fraction, so 1.0 means a single step rather than the whole run, and 1.5 is also one step.
 */
export const warmupStepsOne = defineRule({
  id: 'warmup-steps-one',
  fields: ['warmup_steps'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  // 4.x takes whole warmup steps and a separate ratio, so 1 cannot be mistaken for 100 % there.
  versions: { since: '5.0' },
  messages: ['warmup-steps-one'],
  description: 'A warmup of 1 (or 1.0, or anything below 2) is a single step, not 100 % of training.',
  check: ({ input, resolved }) => {
    const warmup = pyNumber(resolved.warmup_steps);
    if (warmup === null || warmup < 1 || warmup >= 2 || NO_WARMUP.includes(String(resolved.lr_scheduler_type))) return null;
    const fromRatio = input.values.warmup_ratio !== undefined && input.values.warmup_ratio !== null;
    const field = fromRatio ? 'warmup_ratio' : 'warmup_steps';
    const written = pythonText(fromRatio ? input.values.warmup_ratio : resolved.warmup_steps, input.floatWritten.has(field));
    const whole = warmup === 1;
    return { fields: [field], text: message('warmup-steps-one', { field, written, whole, fromRatio }) };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `whole`: the value is exactly 1; `fromRatio`: it came from warmup_ratio, which overrides warmup_steps. */
    'warmup-steps-one': { readonly field: string; readonly written: string; readonly whole: boolean; readonly fromRatio: boolean };
  }
}
