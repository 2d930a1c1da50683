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
  description: 'With FSDP, activation_checkpointing in fsdp_config and gradient_checkpointing cannot both be on.',
  check: ({ resolved, target }) => {
    const value = fsdpConfig(resolved).activation_checkpointing;
    // Up to 5.14 the Trainer tests the raw value, so Python truthiness decides (a string "false" is still on);
    // from 5.15 the plugin arguments read it with str_to_bool, so "false" is off.
    const on = hasVersionRange(target, { since: '5.15' }) ? value !== undefined && strToBool(value) === true : isTruthy(value ?? null);
    if (!buildsFsdpPlugin(resolved) || !on || !isTruthy(resolved.gradient_checkpointing)) return null;
    return {
      message:
        'fsdp_config turns on FSDP activation_checkpointing and gradient_checkpointing is also on; both recompute activations, and the Trainer refuses the pair: "The activation_checkpointing in FSDP config and the gradient_checkpointing in training arg can\'t be set to True simultaneously." Keep FSDP\'s and turn gradient_checkpointing off.',
      messageKo:
        '`fsdp_config`에서 FSDP `activation_checkpointing`을 켰는데 `gradient_checkpointing`도 켜져 있습니다. 둘 다 activation을 다시 계산하는 기능이라 Trainer가 함께 쓰는 것을 거부합니다: "The activation_checkpointing in FSDP config and the gradient_checkpointing in training arg can\'t be set to True simultaneously." FSDP 쪽을 남기고 `gradient_checkpointing`을 끄세요.',
      fix: { label: 'Turn gradient_checkpointing off', labelKo: 'gradient_checkpointing 끄기', patch: { gradient_checkpointing: false } },
    };
  },
});
