import { message } from '../../i18n/messages/message';
import { pyNumber } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';

const INTERVALS = [
  ['logging_steps', 'logging_strategy'],
  ['eval_steps', 'eval_strategy'],
] as const;

/**
 * Ratio intervals become `ceil(max_steps * ratio)`, which is 0 when max_steps is 0; the Trainer then computes
 * `global_step % 0` for logging and evaluation (saving is guarded by `save_steps > 0`).
 */
export const maxStepsZeroRatioSteps = defineRule({
  id: 'max-steps-zero-ratio-steps',
  fields: ['max_steps', 'logging_steps', 'eval_steps'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['max-steps-zero-ratio-steps'],
  description: 'max_steps 0 turns ratio logging_steps / eval_steps into an interval of 0 steps, which divides by zero.',
  check: ({ resolved }) => {
    if (resolved.max_steps !== 0) return null;
    const findings: Finding<'max-steps-zero-ratio-steps'>[] = [];
    for (const [steps, strategy] of INTERVALS) {
      const value = pyNumber(resolved[steps]);
      if (resolved[strategy] !== 'steps' || value === null || value <= 0 || value >= 1) continue;
      findings.push({
        fields: [steps, 'max_steps'],
        text: message('max-steps-zero-ratio-steps', { steps, value }),
      });
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'max-steps-zero-ratio-steps': { readonly steps: 'logging_steps' | 'eval_steps'; readonly value: number };
  }
}
