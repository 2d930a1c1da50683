import { defineRule } from './define-rule';
import { pythonText } from './python-text';

/** Mirrors `_validate_args`: negative warmup raises (after `warmup_ratio` has replaced `warmup_steps`). */
export const warmupStepsNegative = defineRule({
  id: 'warmup-steps-negative',
  fields: ['warmup_steps', 'warmup_ratio'],
  severity: 'error',
  source: 'library',
  description: 'warmup_steps (or the deprecated warmup_ratio that replaces it) cannot be negative.',
  check: ({ resolved, input }) => {
    const value = resolved.warmup_steps;
    if (typeof value !== 'number' || value >= 0) return null;
    const fromRatio = input.values.warmup_ratio !== undefined && input.values.warmup_ratio !== null;
    const field = fromRatio ? 'warmup_ratio' : 'warmup_steps';
    return {
      fields: [field],
      message: `${field} is ${pythonText(value)}; warmup cannot be negative. Use 0 for no warmup, a whole number of steps, or a ratio below 1 (0.1 = 10 % of training). The library raises: warmup_steps must be an integer or a float`,
      fix: { label: `Set ${field} to 0`, patch: { [field]: 0 } },
    };
  },
});
