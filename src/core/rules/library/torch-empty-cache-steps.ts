import { message } from '../../i18n/messages/message';
import { isPyInt } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { pythonText } from '../../py/python-text';

/** Mirrors `_validate_args`: anything but a positive `int` raises (a float such as 5.0 too). */
export const torchEmptyCacheSteps = defineRule({
  id: 'torch-empty-cache-steps',
  fields: ['torch_empty_cache_steps'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['torch-empty-cache-steps', 'torch-empty-cache-steps.fix'],
  description: 'torch_empty_cache_steps must be a positive whole number written without a decimal point, or unset.',
  check: ({ input }) => {
    const value = input.values.torch_empty_cache_steps;
    if (value === undefined || value === null) return null;
    const isInt = isPyInt(value, 'torch_empty_cache_steps', input) || typeof value === 'boolean';
    if (isInt && Number(value) > 0) return null;
    const asFloat = typeof value === 'number' && input.floatWritten.has('torch_empty_cache_steps');
    const whole = typeof value === 'number' && Number.isInteger(value) && value > 0;
    const library = `\`torch_empty_cache_steps\` must be an integer bigger than 0, got ${pythonText(value, asFloat)}.`;
    return {
      text: message('torch-empty-cache-steps', { library }),
      ...(whole ? { fix: { text: message('torch-empty-cache-steps.fix', { value }), patch: { torch_empty_cache_steps: value } } } : {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'torch-empty-cache-steps': { readonly library: string };
    'torch-empty-cache-steps.fix': { readonly value: number };
  }
}
