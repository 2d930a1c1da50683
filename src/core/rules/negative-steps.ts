import { pyNumber } from '../schedule/py-number';
import { defineRule, type Finding } from './define-rule';
import { pythonText } from './python-text';

const INTERVALS = [
  ['logging_steps', 'logging_strategy', 'logging'],
  ['eval_steps', 'eval_strategy', 'evaluation'],
  ['save_steps', 'save_strategy', 'saving'],
] as const;

/** The library only checks that step intervals are whole above 1, so a negative interval slips through and means nothing. */
export const negativeSteps = defineRule({
  id: 'negative-steps',
  fields: ['logging_steps', 'eval_steps', 'save_steps', 'logging_strategy', 'eval_strategy', 'save_strategy'],
  severity: 'error',
  source: 'app',
  description: 'logging_steps, eval_steps and save_steps must not be negative when their strategy is "steps".',
  check: ({ resolved }) => {
    const findings: Finding[] = [];
    for (const [steps, strategy, activity] of INTERVALS) {
      const value = pyNumber(resolved[steps]);
      if (resolved[strategy] !== 'steps' || value === null || value >= 0) continue;
      const consequence =
        steps === 'save_steps'
          ? 'The Trainer only saves periodically when save_steps is above 0, so no checkpoint is written before the end of training.'
          : `Nothing rejects it; ${activity} still fires, but only through a quirk of Python's % with a negative divisor.`;
      findings.push({
        fields: [steps, strategy],
        message: `${steps} ${pythonText(resolved[steps])} is negative, but with ${strategy} "steps" it is the interval between ${activity} events. ${consequence} Write a positive number of steps, or a fraction of training below 1.`,
      });
    }
    return findings;
  },
});
