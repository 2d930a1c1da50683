import { capabilitiesOf } from '../hardware/capabilities';
import { HARDWARE_LABELS } from '../hardware/hardware-profile';
import { defineRule } from './define-rule';

/** Mirrors `__post_init__`: `tf32=True` raises where TF32 is unavailable (anything but Ampere+ CUDA). */
export const tf32Hardware = defineRule({
  id: 'tf32-hardware',
  fields: ['tf32'],
  severity: 'error',
  source: 'library',
  description: 'tf32=True needs an Ampere or newer NVIDIA GPU (hardware dependent).',
  check: ({ resolved, hardware }) =>
    resolved.tf32 === true && !capabilitiesOf(hardware).tf32
      ? {
          message: `tf32=True needs an Ampere or newer NVIDIA GPU, and the target is ${HARDWARE_LABELS[hardware]}. Leave tf32 unset. The library raises: --tf32 requires Ampere or a newer GPU arch, cuda>=11 and torch>=1.7`,
          fix: { label: 'Unset tf32', patch: { tf32: undefined } },
        }
      : null,
});
