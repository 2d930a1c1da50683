import { defineRule } from './define-rule';
import { strategyMember } from './strategy-name';

/** Mirrors `_validate_args`: the steps logging strategy with `logging_steps == 0` raises. */
export const loggingStepsNonzero = defineRule({
  id: 'logging-steps-nonzero',
  fields: ['logging_steps', 'logging_strategy'],
  severity: 'error',
  source: 'library',
  description: 'With logging_strategy "steps", logging_steps cannot be 0.',
  check: ({ resolved }) =>
    resolved.logging_strategy === 'steps' && resolved.logging_steps === 0
      ? {
          message: `logging_steps is 0 while logging_strategy is "steps", so nothing says when to log. Set logging_steps to a step count (e.g. 500) or a ratio below 1, or choose another logging_strategy. The library raises: logging strategy ${strategyMember('logging_strategy', 'steps')} requires non-zero --logging_steps`,
          fix: { label: 'Set logging_steps to 500', patch: { logging_steps: 500 } },
        }
      : null,
});
