import { capabilitiesOf } from '../../hardware/capabilities';
import { defineRule } from '../define-rule';

/** The library lets bf16 through on pre-Ampere GPUs (torch reports emulated support), but it runs far slower than fp16 there. */
export const bf16Emulated = defineRule({
  id: 'bf16-emulated',
  fields: ['bf16', 'fp16'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'On a GPU before Ampere, bf16 is emulated and slow; fp16 is the fast mixed precision there.',
  check: ({ input, resolved, hardware, configClass }) => {
    const caps = capabilitiesOf(hardware);
    if (resolved.bf16 !== true || resolved.use_cpu === true || !caps.bf16 || caps.fastBf16) return null;
    // TRL's classes turn bf16 on when it is unset, so the user may not know they asked for it.
    const byClass = configClass !== undefined && !Object.hasOwn(input.values, 'bf16');
    return {
      message: `${byClass ? `${configClass} turns bf16 on when it is left unset. ` : ''}bf16 is accepted on a GPU before Ampere only through emulation, which is much slower than fp16. Prefer fp16=True (with bf16 off) on V100/T4-class GPUs.`,
      messageKo: `${byClass ? `${configClass}는 \`bf16\`을 비워 두면 켭니다. ` : ''}Ampere 이전 GPU에서 \`bf16\`은 에뮬레이션으로만 동작해 \`fp16\`보다 훨씬 느립니다. V100/T4급 GPU에서는 \`bf16\`을 끄고 \`fp16=True\`를 쓰세요.`,
      fix: { label: 'Use fp16 instead of bf16', labelKo: 'bf16 대신 fp16 사용', patch: { bf16: undefined, fp16: true } },
    };
  },
});
