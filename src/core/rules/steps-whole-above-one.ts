import { defineRule, type Finding } from './define-rule';
import type { ResolvedValues } from '../resolve/provenance';
import { pythonText } from './python-text';

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
  description: 'logging_steps, eval_steps and save_steps above 1 must be whole numbers when their strategy is "steps".',
  check: ({ resolved }) => INTERVALS.flatMap(([steps, strategy]) => checkOne(resolved, steps, strategy)),
});

function checkOne(resolved: ResolvedValues, steps: string, strategy: string): Finding[] {
  const value = resolved[steps];
  if (resolved[strategy] !== 'steps' || typeof value !== 'number' || value <= 1 || Number.isInteger(value)) return [];
  const down = Math.floor(value);
  return [
    {
      fields: [steps, strategy],
      message: `${steps} is ${pythonText(value)}: above 1 it counts optimizer steps and must be a whole number (below 1 it is a fraction of the total steps). Use ${down} or ${down + 1}. The library raises: --${steps} must be an integer if bigger than 1: ${pythonText(value)}`,
      fix: { label: `Set ${steps} to ${Math.round(value)}`, patch: { [steps]: Math.round(value) } },
    },
  ];
}
