import { message, type NoParams } from '../../i18n/messages/message';
import { capabilitiesOf } from '../../hardware/capabilities';
import { defineRule } from '../define-rule';

/** Mirrors `__post_init__`: `tf32=True` raises where TF32 is unavailable (anything but Ampere+ CUDA). */
export const tf32Hardware = defineRule({
  id: 'tf32-hardware',
  fields: ['tf32'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['tf32-hardware', 'tf32-hardware.fix'],
  description: 'tf32=True needs an Ampere or newer NVIDIA GPU (hardware dependent).',
  check: ({ resolved, hardware }) =>
    resolved.tf32 === true && !capabilitiesOf(hardware).tf32
      ? {
          text: message('tf32-hardware', { hardware }),
          fix: { text: message('tf32-hardware.fix', {}), patch: { tf32: undefined } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'tf32-hardware': { readonly hardware: 'cuda-ampere' | 'cuda-pre-ampere' | 'cpu' | 'mps' };
    'tf32-hardware.fix': NoParams;
  }
}
