import { message } from '../../i18n/messages/message';
import { pyNumber } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { pythonText } from '../../py/python-text';

/** The step intervals and the strategy that makes each one count steps. */
const INTERVALS = [
  ['logging_steps', 'logging_strategy'],
  ['eval_steps', 'eval_strategy'],
  ['save_steps', 'save_strategy'],
] as const;

export type StepInterval = (typeof INTERVALS)[number][0];

/** The library only checks that step intervals are whole above 1, so a negative interval slips through and means nothing. */
export const negativeSteps = defineRule({
  id: 'negative-steps',
  fields: ['logging_steps', 'eval_steps', 'save_steps', 'logging_strategy', 'eval_strategy', 'save_strategy'],
  severity: 'error',
  source: 'app',
  stage: 'config',
  messages: ['negative-steps'],
  description: 'logging_steps, eval_steps and save_steps must not be negative when their strategy is "steps".',
  check: ({ resolved }) => {
    const findings: Finding<'negative-steps'>[] = [];
    for (const [steps, strategy] of INTERVALS) {
      const value = pyNumber(resolved[steps]);
      if (resolved[strategy] !== 'steps' || value === null || value >= 0) continue;
      findings.push({ fields: [steps, strategy], text: message('negative-steps', { steps, strategy, shown: pythonText(resolved[steps]) }) });
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `shown`: the interval as Python prints it. */
    'negative-steps': { readonly steps: StepInterval; readonly strategy: string; readonly shown: string };
  }
}
