import { message } from '../../i18n/messages/message';
import { defineRule, type Finding } from '../define-rule';
import type { ResolvedValues } from '../../resolve/provenance';
import { pythonText } from '../../py/python-text';

const INTERVALS = [
  ['logging_steps', 'logging_strategy'],
  ['eval_steps', 'eval_strategy'],
  ['save_steps', 'save_strategy'],
] as const;

/** Mirrors `_validate_args`: above 1 an interval is a step count and must be whole (below 1 it is a ratio). */
export const stepsWholeAboveOne = defineRule({
  id: 'steps-whole-above-one',
  fields: ['logging_steps', 'eval_steps', 'save_steps'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['steps-whole-above-one', 'steps-whole-above-one.fix'],
  description: 'logging_steps, eval_steps and save_steps above 1 must be whole numbers when their strategy is "steps".',
  check: ({ resolved }) => INTERVALS.flatMap(([steps, strategy]) => checkOne(resolved, steps, strategy)),
});

function checkOne(resolved: ResolvedValues, steps: string, strategy: string): Finding<'steps-whole-above-one'>[] {
  const value = resolved[steps];
  if (resolved[strategy] !== 'steps' || typeof value !== 'number' || value <= 1 || Number.isInteger(value)) return [];
  const down = Math.floor(value);
  const library = `--${steps} must be an integer if bigger than 1: ${pythonText(value)}`;
  const rounded = Math.round(value);
  return [
    {
      fields: [steps, strategy],
      text: message('steps-whole-above-one', { steps, value, down, library }),
      fix: { text: message('steps-whole-above-one.fix', { steps, rounded }), patch: { [steps]: rounded } },
    },
  ];
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'steps-whole-above-one': { readonly steps: string; readonly value: number; readonly down: number; readonly library: string };
    'steps-whole-above-one.fix': { readonly steps: string; readonly rounded: number };
  }
}
