import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { strategyMember } from '../strategy-name';

/** Mirrors `__post_init__`: the steps eval strategy needs `eval_steps`, or a positive `logging_steps` to fall back on. */
export const evalStepsRequired = defineRule({
  id: 'eval-steps-required',
  fields: ['eval_steps', 'eval_strategy', 'logging_steps'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['eval-steps-required', 'eval-steps-required.fix'],
  description: 'eval_strategy "steps" needs a non-zero eval_steps, or a positive logging_steps that eval_steps falls back to.',
  check: ({ resolved }) => {
    if (resolved.eval_strategy !== 'steps') return null;
    const steps = resolved.eval_steps;
    if (steps !== null && steps !== 0 && steps !== undefined) return null;
    const library = `evaluation strategy ${strategyMember('eval_strategy', 'steps')} requires either non-zero --eval_steps or --logging_steps`;
    return {
      text: message('eval-steps-required', { logging_steps: resolved.logging_steps, library }),
      fix: { text: message('eval-steps-required.fix', {}), patch: { eval_steps: 500 } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'eval-steps-required': { readonly logging_steps: PyValue | undefined; readonly library: string };
    'eval-steps-required.fix': NoParams;
  }
}
