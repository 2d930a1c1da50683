import { message, type NoParams } from '../../i18n/messages/message';
import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { buildsFsdpPlugin, fsdpConfig, strToBool } from '../fsdp-values';
import { hasVersionRange } from '../../target/target';

/** After creating the accelerator, the Trainer copies `fsdp_config["activation_checkpointing"]` onto the FSDP plugin and refuses it next to gradient_checkpointing. */
export const fsdpActivationCkptAndGradCkpt = defineRule({
  id: 'fsdp-activation-ckpt-and-grad-ckpt',
  fields: ['gradient_checkpointing', 'fsdp_config', 'fsdp'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['fsdp-activation-ckpt-and-grad-ckpt', 'fsdp-activation-ckpt-and-grad-ckpt.fix'],
  description: 'With FSDP, activation_checkpointing in fsdp_config and gradient_checkpointing cannot both be on.',
  check: ({ resolved, target }) => {
    const value = fsdpConfig(resolved).activation_checkpointing;
    // Up to 5.14 the Trainer tests the raw value, so Python truthiness decides (a string "false" is still on);
    // from 5.15 the plugin arguments read it with str_to_bool, so "false" is off.
    const on = hasVersionRange(target, { since: '5.15' }) ? value !== undefined && strToBool(value) === true : isTruthy(value ?? null);
    if (!buildsFsdpPlugin(resolved) || !on || !isTruthy(resolved.gradient_checkpointing)) return null;
    return {
      text: message('fsdp-activation-ckpt-and-grad-ckpt', {}),
      fix: { text: message('fsdp-activation-ckpt-and-grad-ckpt.fix', {}), patch: { gradient_checkpointing: false } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-activation-ckpt-and-grad-ckpt': NoParams;
    'fsdp-activation-ckpt-and-grad-ckpt.fix': NoParams;
  }
}
