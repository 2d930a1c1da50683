import type { PyValue } from '../../py/py-value';
import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** Mirrors `__post_init__`: `warmup_ratio` warns and then overwrites `warmup_steps` (the 4.x precedence was the reverse). */
export const deprecatedWarmupRatio = defineRule({
  id: 'deprecated-warmup-ratio',
  fields: ['warmup_ratio', 'warmup_steps'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  messages: ['deprecated-warmup-ratio', 'deprecated-warmup-ratio.fix'],
  // 4.x neither deprecates this nor reads warmup the v5 way; its own warmup rules apply there.
  versions: { since: '5.0', until: '5.15' },
  description: 'warmup_ratio is deprecated in v5 and, when set, replaces whatever warmup_steps says.',
  check: ({ input }) => {
    const ratio = input.values.warmup_ratio;
    if (ratio === undefined || ratio === null) return null;
    const overridden = input.values.warmup_steps !== undefined && input.values.warmup_steps !== ratio;
    return {
      text: message('deprecated-warmup-ratio', { ratio, overridden, warmup_steps: input.values.warmup_steps }),
      fix: { text: message('deprecated-warmup-ratio.fix', { ratio }), patch: { warmup_steps: ratio, warmup_ratio: undefined } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'deprecated-warmup-ratio': { readonly ratio: PyValue; readonly overridden: boolean; readonly warmup_steps: PyValue | undefined };
    'deprecated-warmup-ratio.fix': { readonly ratio: PyValue };
  }
}
