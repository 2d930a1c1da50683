import { capabilitiesOf } from '../hardware/capabilities';
import { defineRule } from './define-rule';

/** torch warns and ignores pin_memory when there is no accelerator; the library only turns it off for use_cpu. */
export const pinMemoryWithoutAccelerator = defineRule({
  id: 'pin-memory-without-accelerator',
  fields: ['dataloader_pin_memory'],
  severity: 'info',
  source: 'app',
  description: 'On a CPU-only machine pinned memory does nothing; the library only switches it off when use_cpu=True.',
  check: ({ resolved, hardware }) =>
    resolved.dataloader_pin_memory === true && !capabilitiesOf(hardware).accelerator
      ? {
          message: 'dataloader_pin_memory is on, but a CPU-only machine has no device to copy pinned batches to; torch ignores it with a warning. Turn it off, or set use_cpu=True (which turns it off for you).',
          fix: { label: 'Turn dataloader_pin_memory off', patch: { dataloader_pin_memory: false } },
        }
      : null,
});
