import { defineRule } from './define-rule';

/** Mirrors `__post_init__`: `warmup_ratio` warns and then overwrites `warmup_steps` (the 4.x precedence was the reverse). */
export const deprecatedWarmupRatio = defineRule({
  id: 'deprecated-warmup-ratio',
  fields: ['warmup_ratio', 'warmup_steps'],
  severity: 'warning',
  source: 'library',
  description: 'warmup_ratio is deprecated in v5 and, when set, replaces whatever warmup_steps says.',
  check: ({ input }) => {
    const ratio = input.values.warmup_ratio;
    if (ratio === undefined || ratio === null) return null;
    const overridden = input.values.warmup_steps !== undefined && input.values.warmup_steps !== ratio;
    return {
      message:
        `warmup_ratio is deprecated (gone in transformers 5.15). In v5, warmup_steps below 1 is already a ratio of total steps, so write warmup_steps=${String(ratio)} instead.` +
        (overridden ? ` Note: warmup_ratio currently overrides the warmup_steps you set (${String(input.values.warmup_steps)}).` : ''),
      fix: { label: `Move ${String(ratio)} to warmup_steps`, patch: { warmup_steps: ratio, warmup_ratio: undefined } },
    };
  },
});
