import { HARDWARE_LABELS, HARDWARE_LABELS_KO } from '../../hardware/hardware-profile';
import { defineRule } from '../define-rule';
import { libraryRaisesKo } from '../ko-text';

const LIBRARY =
  'Either you do not have an MPS-enabled device on this machine or MacOS version is not 12.3+ or current PyTorch install was not built with MPS enabled.';

/** Mirrors the 4.x device setup: `use_mps_device=True` raises unless the process actually runs on an MPS device. */
export const useMpsDevice = defineRule({
  id: 'use-mps-device',
  fields: ['use_mps_device'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  versions: { until: '5.0' },
  description: 'In 4.x, use_mps_device=True is rejected on any machine without a usable Apple MPS device (hardware dependent).',
  check: ({ resolved, hardware }) => {
    // use_cpu wins the device choice, so the process is not on MPS then either.
    if (resolved.use_mps_device !== true || (hardware === 'mps' && resolved.use_cpu !== true)) return null;
    return {
      message: `use_mps_device=True, but the training would not run on an Apple MPS device (target machine: ${HARDWARE_LABELS[hardware]}${resolved.use_cpu === true ? ', with use_cpu' : ''}). The flag is obsolete anyway: MPS is used automatically when present. Remove it. The library raises: ${LIBRARY}`,
      messageKo: `\`use_mps_device=True\`인데 학습이 Apple MPS 장치에서 돌지 않습니다(대상 머신: ${HARDWARE_LABELS_KO[hardware]}${resolved.use_cpu === true ? ', `use_cpu` 설정' : ''}). 게다가 이 플래그는 더 이상 필요 없습니다. MPS는 있으면 자동으로 쓰입니다. 지우세요. ${libraryRaisesKo(LIBRARY)}`,
      fix: { label: 'Remove use_mps_device', labelKo: 'use_mps_device 제거', patch: { use_mps_device: undefined } },
    };
  },
});
