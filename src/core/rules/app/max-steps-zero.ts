import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** The Trainer treats only a negative max_steps as "use epochs"; 0 is a real total of zero updates, reached after the first one. */
export const maxStepsZero = defineRule({
  id: 'max-steps-zero',
  fields: ['max_steps', 'num_train_epochs'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['max-steps-zero'],
  description: 'max_steps 0 stops training after a single update instead of meaning "no limit".',
  check: ({ resolved }) =>
    resolved.max_steps === 0
      ? {
          text: message('max-steps-zero', {}),
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'max-steps-zero': NoParams;
  }
}
