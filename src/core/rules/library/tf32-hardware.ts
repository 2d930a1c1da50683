import { capabilitiesOf } from '../../hardware/capabilities';
import { HARDWARE_LABELS, HARDWARE_LABELS_KO } from '../../hardware/hardware-profile';
import { defineRule } from '../define-rule';
import { libraryRaisesKo } from '../ko-text';

/** Mirrors `__post_init__`: `tf32=True` raises where TF32 is unavailable (anything but Ampere+ CUDA). */
export const tf32Hardware = defineRule({
  id: 'tf32-hardware',
  fields: ['tf32'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'tf32=True needs an Ampere or newer NVIDIA GPU (hardware dependent).',
  check: ({ resolved, hardware }) =>
    resolved.tf32 === true && !capabilitiesOf(hardware).tf32
      ? {
          message: `tf32=True needs an Ampere or newer NVIDIA GPU, and the target is ${HARDWARE_LABELS[hardware]}. Leave tf32 unset. The library raises: --tf32 requires Ampere or a newer GPU arch, cuda>=11 and torch>=1.7`,
          messageKo: `\`tf32=True\`에는 Ampere 이상 NVIDIA GPU가 필요한데, 대상 머신은 ${HARDWARE_LABELS_KO[hardware]}입니다. \`tf32\`는 설정하지 마세요. ${libraryRaisesKo('--tf32 requires Ampere or a newer GPU arch, cuda>=11 and torch>=1.7')}`,
          fix: { label: 'Unset tf32', labelKo: 'tf32 설정 해제', patch: { tf32: undefined } },
        }
      : null,
});
