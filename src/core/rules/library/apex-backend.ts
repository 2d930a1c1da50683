import { message } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

const BF16 = ' `--half_precision_backend apex`: GPU bf16 is not supported by apex.';
const NOT_INSTALLED = 'Using FP16 with APEX but APEX is not installed, please refer to https://www.github.com/nvidia/apex.';

/**
 * Mirrors the 4.x `__post_init__`: the apex backend (also reached through `fp16_backend`) cannot do bf16, and it
 * must be importable. NVIDIA apex is not part of any supported machine profile, so the import fails.
 */
export const apexBackend = defineRule({
  id: 'apex-backend',
  fields: ['half_precision_backend', 'fp16_backend', 'bf16'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['apex-backend.fix', 'apex-backend', 'apex-backend.2'],
  versions: { until: '5.0' },
  description:
    'In 4.x, half_precision_backend (or fp16_backend) "apex" cannot be combined with bf16 and needs NVIDIA apex installed, which the supported profiles lack.',
  check: ({ resolved, input }) => {
    if (resolved.half_precision_backend !== 'apex') return null;
    const field = input.values.half_precision_backend === 'apex' || input.values.fp16_backend !== 'apex' ? 'half_precision_backend' : 'fp16_backend';
    const fix = { text: message('apex-backend.fix', { field }), patch: { [field]: 'auto' } };
    if (resolved.bf16 === true) {
      return {
        fields: [field, 'bf16'],
        text: message('apex-backend', { field, bf16: BF16 }),
        fix,
      };
    }
    return {
      fields: [field],
      text: message('apex-backend.2', { field, notInstalled: NOT_INSTALLED }),
      fix,
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'apex-backend.fix': { readonly field: 'half_precision_backend' | 'fp16_backend' };
    'apex-backend': {
      readonly field: 'half_precision_backend' | 'fp16_backend';
      readonly bf16: ' `--half_precision_backend apex`: GPU bf16 is not supported by apex.';
    };
    'apex-backend.2': {
      readonly field: 'half_precision_backend' | 'fp16_backend';
      readonly notInstalled: 'Using FP16 with APEX but APEX is not installed, please refer to https://www.github.com/nvidia/apex.';
    };
  }
}
