import { message, type NoParams } from '../../i18n/messages/message';
import { capabilitiesOf } from '../../hardware/capabilities';
import { defineRule } from '../define-rule';

/** Mirrors `__post_init__`: with torch_compile on a machine without TF32 the library logs a warning. */
export const compileWithoutAmpere = defineRule({
  id: 'compile-without-ampere',
  fields: ['torch_compile'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  messages: ['compile-without-ampere'],
  description: 'torch_compile gives most of its speed-up on Ampere or newer GPUs; the library warns elsewhere.',
  check: ({ resolved, hardware }) =>
    resolved.torch_compile === true && !capabilitiesOf(hardware).tf32
      ? {
          text: message('compile-without-ampere', {}),
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'compile-without-ampere': NoParams;
  }
}
