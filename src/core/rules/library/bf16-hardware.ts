import { isLine4x } from '../../target/target';
import { capabilitiesOf } from '../../hardware/capabilities';
import { HARDWARE_LABELS, HARDWARE_LABELS_KO } from '../../hardware/hardware-profile';
import { defineRule } from '../define-rule';
import { code, eul, iga, libraryRaisesKo } from '../ko-text';

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
  description: 'bf16 / bf16_full_eval need a bf16-capable accelerator, or use_cpu=True to run bf16 on the CPU (hardware dependent).',
  check: ({ input, resolved, hardware, target, configClass }) => {
    if (!(resolved.bf16 === true || resolved.bf16_full_eval === true) || resolved.use_cpu === true) return null;
    const caps = capabilitiesOf(hardware);
    if (caps.bf16 || (isLine4x(target) && !caps.cuda)) return null;
    const field = resolved.bf16 === true ? 'bf16' : 'bf16_full_eval';
    const library =
      isLine4x(target)
        ? "Your setup doesn't support bf16/gpu. You need torch>=1.10, using Ampere GPU with cuda>=11.0"
        : `Your setup doesn't support bf16/gpu. You need to assign use_cpu if you want to train the model on CPU.${caps.cuda ? ' You need Ampere+ GPU with cuda>=11.0.' : ''}`;
    // TRL's classes turn bf16 on when it is left unset; then the one-click answer is to turn it off.
    if (field === 'bf16' && configClass !== undefined && !Object.hasOwn(input.values, 'bf16')) {
      return {
        fields: ['bf16'],
        message: `${configClass} turns bf16 on when it is left unset (bf16 = not fp16), but the target machine (${HARDWARE_LABELS[hardware]}) has no bf16-capable accelerator. Set bf16=False (and fp16=True on a GPU that supports it), or use_cpu=True to train on the CPU. The library raises: ${library}`,
        messageKo: `${configClass}는 \`bf16\`을 비워 두면 켭니다(bf16 = not fp16). 그런데 대상 머신(${HARDWARE_LABELS_KO[hardware]})에는 bf16을 지원하는 가속기가 없습니다. \`bf16=False\`로 설정하거나(지원하는 GPU라면 \`fp16=True\`도), CPU에서 학습하려면 \`use_cpu=True\`로 설정하세요. ${libraryRaisesKo(library)}`,
        fix: { label: 'Set bf16 to False', labelKo: 'bf16을 False로 설정', patch: { bf16: false } },
      };
    }
    return {
      fields: [field, 'use_cpu'],
      message: `${field} is on, but the target machine (${HARDWARE_LABELS[hardware]}) has no bf16-capable accelerator. Set use_cpu=True to train in bf16 on the CPU, or turn ${field} off. The library raises: ${library}`,
      messageKo: `${iga(code(field))} 켜져 있지만 대상 머신(${HARDWARE_LABELS_KO[hardware]})에는 bf16을 지원하는 가속기가 없습니다. CPU에서 bf16으로 학습하려면 \`use_cpu=True\`로 설정하고, 아니면 ${eul(code(field))} 끄세요. ${libraryRaisesKo(library)}`,
      fix: { label: 'Set use_cpu to True', labelKo: 'use_cpu를 True로 설정', patch: { use_cpu: true } },
    };
  },
});
