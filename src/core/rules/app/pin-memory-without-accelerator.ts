import { message, type NoParams } from '../../i18n/messages/message';
import { capabilitiesOf } from '../../hardware/capabilities';
import { defineRule } from '../define-rule';

/** torch warns and ignores pin_memory when there is no accelerator; the library only turns it off for use_cpu. */
export const pinMemoryWithoutAccelerator = defineRule({
  id: 'pin-memory-without-accelerator',
  fields: ['dataloader_pin_memory'],
  severity: 'info',
  source: 'app',
  stage: 'config',
  messages: ['pin-memory-without-accelerator', 'pin-memory-without-accelerator.fix'],
  description: 'On a CPU-only machine pinned memory does nothing; the library only switches it off when use_cpu=True.',
  check: ({ resolved, hardware }) =>
    resolved.dataloader_pin_memory === true && !capabilitiesOf(hardware).accelerator
      ? {
          text: message('pin-memory-without-accelerator', {}),
          fix: { text: message('pin-memory-without-accelerator.fix', {}), patch: { dataloader_pin_memory: false } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'pin-memory-without-accelerator': NoParams;
    'pin-memory-without-accelerator.fix': NoParams;
  }
}
