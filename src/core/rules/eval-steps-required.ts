import { defineRule } from './define-rule';
import { strategyMember } from './strategy-name';

/** Mirrors `__post_init__`: the steps eval strategy needs `eval_steps`, or a positive `logging_steps` to fall back on. */
export const evalStepsRequired = defineRule({
  id: 'eval-steps-required',
  fields: ['eval_steps', 'eval_strategy', 'logging_steps'],
  severity: 'error',
  source: 'library',
  description: 'eval_strategy "steps" needs a non-zero eval_steps, or a positive logging_steps that eval_steps falls back to.',
  check: ({ resolved }) => {
    if (resolved.eval_strategy !== 'steps') return null;
    const steps = resolved.eval_steps;
    if (steps !== null && steps !== 0 && steps !== undefined) return null;
    return {
      message: `eval_strategy is "steps" but eval_steps is not set and logging_steps (${String(resolved.logging_steps)}) is not positive, so there is no evaluation interval. Set eval_steps (e.g. 500, or 0.1 for every 10 % of training). The library raises: evaluation strategy ${strategyMember('eval_strategy', 'steps')} requires either non-zero --eval_steps or --logging_steps`,
      fix: { label: 'Set eval_steps to 500', patch: { eval_steps: 500 } },
    };
  },
});
