import { message, type NoParams } from '../../i18n/messages/message';
import { capabilitiesOf } from '../../hardware/capabilities';
import { defineRule } from '../define-rule';

/** The library lets bf16 through on pre-Ampere GPUs (torch reports emulated support), but it runs far slower than fp16 there. */
export const bf16Emulated = defineRule({
  id: 'bf16-emulated',
  fields: ['bf16', 'fp16'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  messages: ['bf16-emulated', 'bf16-emulated.fix'],
  description: 'On a GPU before Ampere, bf16 is emulated and slow; fp16 is the fast mixed precision there.',
  check: ({ input, resolved, hardware, configClass }) => {
    const caps = capabilitiesOf(hardware);
    if (resolved.bf16 !== true || resolved.use_cpu === true || !caps.bf16 || caps.fastBf16) return null;
    // TRL's classes turn bf16 on when it is unset, so the user may not know they asked for it.
    const byClass = configClass !== undefined && !Object.hasOwn(input.values, 'bf16');
    return {
      text: message('bf16-emulated', { byClass, configClass }),
      fix: { text: message('bf16-emulated.fix', {}), patch: { bf16: undefined, fp16: true } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'bf16-emulated': { readonly byClass: boolean; readonly configClass: string | undefined };
    'bf16-emulated.fix': NoParams;
  }
}
