import { message } from '../../i18n/messages/message';
import { isPyInt } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { pythonText } from '../../py/python-text';

const LIBRARY = 'warmup_steps must be of type int and must be 0 or a positive integer.';

/**
 * Mirrors the 4.x `__post_init__`: `warmup_steps` must be an `int` ≥ 0 — a float, even 10.0, raises. (v5 made it
 * a float that reads values below 1 as a ratio; its own check is warmup-steps-negative.)
 */
export const warmupStepsInt = defineRule({
  id: 'schema-warmup-steps-int',
  fields: ['warmup_steps'],
  severity: 'error',
  source: 'library',
  stage: 'schema',
  versions: { until: '5.0' },
  messages: ['schema-warmup-steps-int', 'schema-warmup-steps-int.fix-ratio', 'schema-warmup-steps-int.fix-set'],
  description: 'In 4.x, warmup_steps must be a whole number of steps ≥ 0 written without a decimal point; fractions go in warmup_ratio.',
  check: ({ input }) => {
    const value = input.values.warmup_steps;
    if (value === undefined) return null;
    // bool is an int subclass in Python, so True passes the library's isinstance check.
    if ((isPyInt(value, 'warmup_steps', input) || typeof value === 'boolean') && Number(value) >= 0) return null;
    const shown = pythonText(value, input.floatWritten.has('warmup_steps'));
    const isRatio = typeof value === 'number' && value > 0 && value < 1;
    const isWhole = typeof value === 'number' && Number.isInteger(value) && value >= 0;
    const fix = isRatio
      ? { text: message('schema-warmup-steps-int.fix-ratio', { shown }), patch: { warmup_steps: undefined, warmup_ratio: value } }
      : isWhole
        ? { text: message('schema-warmup-steps-int.fix-set', { value: String(value) }), patch: { warmup_steps: value } }
        : { text: message('schema-warmup-steps-int.fix-set', { value: '0' }), patch: { warmup_steps: 0 } };
    return { text: message('schema-warmup-steps-int', { shown, isRatio, library: LIBRARY }), fix };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `shown`: the value as written; `isRatio`: it is a fraction, which 4.x takes in warmup_ratio; `library`: the library's error text. */
    'schema-warmup-steps-int': { readonly shown: string; readonly isRatio: boolean; readonly library: string };
    'schema-warmup-steps-int.fix-ratio': { readonly shown: string };
    'schema-warmup-steps-int.fix-set': { readonly value: string };
  }
}
