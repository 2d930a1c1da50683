import { message, type NoParams } from '../../i18n/messages/message';
import { isLine4x } from '../../target/target';
import { capabilitiesOf } from '../../hardware/capabilities';
import { defineRule } from '../define-rule';

/**
 * Mirrors `_validate_args`: bf16 without a bf16-capable accelerator raises unless training is explicitly on CPU.
 * 4.56 only asks when CUDA is present (a CPU-only or Apple machine passes), and words the error differently.
 */
export const bf16Hardware = defineRule({
  id: 'bf16-hardware',
  fields: ['bf16', 'bf16_full_eval', 'use_cpu'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['bf16-hardware', 'bf16-hardware.fix', 'bf16-hardware.2', 'bf16-hardware.fix2'],
  description: 'bf16 / bf16_full_eval need a bf16-capable accelerator, or use_cpu=True to run bf16 on the CPU (hardware dependent).',
  check: ({ input, resolved, hardware, target, configClass }) => {
    if (!(resolved.bf16 === true || resolved.bf16_full_eval === true) || resolved.use_cpu === true) return null;
    const caps = capabilitiesOf(hardware);
    if (caps.bf16 || (isLine4x(target) && !caps.cuda)) return null;
    const field = resolved.bf16 === true ? 'bf16' : 'bf16_full_eval';
    const library = isLine4x(target)
      ? "Your setup doesn't support bf16/gpu. You need torch>=1.10, using Ampere GPU with cuda>=11.0"
      : `Your setup doesn't support bf16/gpu. You need to assign use_cpu if you want to train the model on CPU.${caps.cuda ? ' You need Ampere+ GPU with cuda>=11.0.' : ''}`;
    // TRL's classes turn bf16 on when it is left unset; then the one-click answer is to turn it off.
    if (field === 'bf16' && configClass !== undefined && !Object.hasOwn(input.values, 'bf16')) {
      return {
        fields: ['bf16'],
        text: message('bf16-hardware', { configClass, hardware, library }),
        fix: { text: message('bf16-hardware.fix', {}), patch: { bf16: false } },
      };
    }
    return {
      fields: [field, 'use_cpu'],
      text: message('bf16-hardware.2', { field, hardware, library }),
      fix: { text: message('bf16-hardware.fix2', {}), patch: { use_cpu: true } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'bf16-hardware': { readonly configClass: string; readonly hardware: 'cuda-ampere' | 'cuda-pre-ampere' | 'cpu' | 'mps'; readonly library: string };
    'bf16-hardware.fix': NoParams;
    'bf16-hardware.2': {
      readonly field: 'bf16' | 'bf16_full_eval';
      readonly hardware: 'cuda-ampere' | 'cuda-pre-ampere' | 'cpu' | 'mps';
      readonly library: string;
    };
    'bf16-hardware.fix2': NoParams;
  }
}
