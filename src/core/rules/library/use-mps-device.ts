import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

const LIBRARY =
  'Either you do not have an MPS-enabled device on this machine or MacOS version is not 12.3+ or current PyTorch install was not built with MPS enabled.';

/** Mirrors the 4.x device setup: `use_mps_device=True` raises unless the process actually runs on an MPS device. */
export const useMpsDevice = defineRule({
  id: 'use-mps-device',
  fields: ['use_mps_device'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['use-mps-device', 'use-mps-device.fix'],
  versions: { until: '5.0' },
  description: 'In 4.x, use_mps_device=True is rejected on any machine without a usable Apple MPS device (hardware dependent).',
  check: ({ resolved, hardware }) => {
    // use_cpu wins the device choice, so the process is not on MPS then either.
    if (resolved.use_mps_device !== true || (hardware === 'mps' && resolved.use_cpu !== true)) return null;
    return {
      text: message('use-mps-device', { hardware, use_cpu: resolved.use_cpu, library: LIBRARY }),
      fix: { text: message('use-mps-device.fix', {}), patch: { use_mps_device: undefined } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'use-mps-device': {
      readonly hardware: 'cuda-ampere' | 'cuda-pre-ampere' | 'cpu' | 'mps';
      readonly use_cpu: PyValue | undefined;
      readonly library: 'Either you do not have an MPS-enabled device on this machine or MacOS version is not 12.3+ or current PyTorch install was not built with MPS enabled.';
    };
    'use-mps-device.fix': NoParams;
  }
}
