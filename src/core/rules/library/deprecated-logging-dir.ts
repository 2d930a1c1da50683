import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** Mirrors `__post_init__`: `logging_dir` only warns in v5; its value is no longer used. */
export const deprecatedLoggingDir = defineRule({
  id: 'deprecated-logging-dir',
  fields: ['logging_dir'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  messages: ['deprecated-logging-dir', 'deprecated-logging-dir.fix'],
  // 4.x neither deprecates this nor reads warmup the v5 way; its own warmup rules apply there.
  versions: { since: '5.0', until: '5.15' },
  description: 'logging_dir is deprecated and ignored in v5; TensorBoard reads the TENSORBOARD_LOGGING_DIR environment variable.',
  check: ({ input }) =>
    input.values.logging_dir === undefined || input.values.logging_dir === null
      ? null
      : {
          text: message('deprecated-logging-dir', {}),
          fix: { text: message('deprecated-logging-dir.fix', {}), patch: { logging_dir: undefined } },
        },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'deprecated-logging-dir': NoParams;
    'deprecated-logging-dir.fix': NoParams;
  }
}
