import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** Mirrors `_validate_args`: negative warmup raises (after `warmup_ratio` has replaced `warmup_steps`). */
export const warmupStepsNegative = defineRule({
  id: 'warmup-steps-negative',
  fields: ['warmup_steps', 'warmup_ratio'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['warmup-steps-negative', 'warmup-steps-negative.fix'],
  // 4.x neither deprecates this nor reads warmup the v5 way; its own warmup rules apply there.
  versions: { since: '5.0' },
  description: 'warmup_steps (or the deprecated warmup_ratio that replaces it) cannot be negative.',
  check: ({ resolved, input }) => {
    const value = resolved.warmup_steps;
    if (typeof value !== 'number' || value >= 0) return null;
    const fromRatio = input.values.warmup_ratio !== undefined && input.values.warmup_ratio !== null;
    const field = fromRatio ? 'warmup_ratio' : 'warmup_steps';
    return {
      fields: [field],
      text: message('warmup-steps-negative', { field, value }),
      fix: { text: message('warmup-steps-negative.fix', { field }), patch: { [field]: 0 } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'warmup-steps-negative': { readonly field: 'warmup_steps' | 'warmup_ratio'; readonly value: number };
    'warmup-steps-negative.fix': { readonly field: 'warmup_steps' | 'warmup_ratio' };
  }
}
