import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** The library lets `save_steps=0` through; the Trainer's periodic save is guarded by `save_steps > 0`. */
export const saveStepsZeroNeverSaves = defineRule({
  id: 'save-steps-zero-never-saves',
  fields: ['save_steps', 'save_strategy'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['save-steps-zero-never-saves'],
  description: 'save_steps 0 with save_strategy "steps" writes no checkpoint until training ends.',
  check: ({ resolved }) =>
    resolved.save_strategy === 'steps' && resolved.save_steps === 0
      ? {
          text: message('save-steps-zero-never-saves', {}),
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'save-steps-zero-never-saves': NoParams;
  }
}
