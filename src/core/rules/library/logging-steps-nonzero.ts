import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { strategyMember } from '../strategy-name';

/** Mirrors `_validate_args`: the steps logging strategy with `logging_steps == 0` raises. */
export const loggingStepsNonzero = defineRule({
  id: 'logging-steps-nonzero',
  fields: ['logging_steps', 'logging_strategy'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['logging-steps-nonzero', 'logging-steps-nonzero.fix'],
  description: 'With logging_strategy "steps", logging_steps cannot be 0.',
  check: ({ resolved }) => {
    if (resolved.logging_strategy !== 'steps' || resolved.logging_steps !== 0) return null;
    const library = `logging strategy ${strategyMember('logging_strategy', 'steps')} requires non-zero --logging_steps`;
    return {
      text: message('logging-steps-nonzero', { library }),
      fix: { text: message('logging-steps-nonzero.fix', {}), patch: { logging_steps: 500 } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'logging-steps-nonzero': { readonly library: string };
    'logging-steps-nonzero.fix': NoParams;
  }
}
