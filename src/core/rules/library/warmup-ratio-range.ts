import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { pythonText } from '../../py/python-text';

const LIBRARY = 'warmup_ratio must lie in range [0,1]';

/** Mirrors the 4.x `__post_init__`: the warmup ratio is a share of training, so it must lie in [0, 1]. */
export const warmupRatioRange = defineRule({
  id: 'schema-warmup-ratio-range',
  fields: ['warmup_ratio'],
  severity: 'error',
  source: 'library',
  stage: 'schema',
  messages: ['schema-warmup-ratio-range', 'schema-warmup-ratio-range.fix', 'schema-warmup-ratio-range.fix2'],
  versions: { until: '5.0' },
  description: 'In 4.x, warmup_ratio is a fraction of all updates and must lie between 0 and 1.',
  check: ({ input }) => {
    const value = input.values.warmup_ratio;
    // Other types are schema-type's to report (the library fails on them with a TypeError).
    if (typeof value !== 'number' || (value >= 0 && value <= 1)) return null;
    const shown = pythonText(value, input.floatWritten.has('warmup_ratio'));
    // A whole number above 1 was most likely meant as a step count.
    const steps = value > 1 && Number.isInteger(value);
    return {
      text: message('schema-warmup-ratio-range', { shown, steps, library: LIBRARY }),
      fix: steps
        ? { text: message('schema-warmup-ratio-range.fix', { shown }), patch: { warmup_ratio: undefined, warmup_steps: value } }
        : { text: message('schema-warmup-ratio-range.fix2', {}), patch: { warmup_ratio: 0 } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'schema-warmup-ratio-range': { readonly shown: string; readonly steps: boolean; readonly library: 'warmup_ratio must lie in range [0,1]' };
    'schema-warmup-ratio-range.fix': { readonly shown: string };
    'schema-warmup-ratio-range.fix2': NoParams;
  }
}
