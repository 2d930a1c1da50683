import { isTruthy } from '../py/py-value';
import { defineRule } from './define-rule';
import { buildsFsdpPlugin, fsdpConfig } from './fsdp-values';

/** After creating the accelerator, the Trainer copies `fsdp_config["activation_checkpointing"]` onto the FSDP plugin and refuses it next to gradient_checkpointing. */
export const fsdpActivationCkptAndGradCkpt = defineRule({
  id: 'fsdp-activation-ckpt-and-grad-ckpt',
  fields: ['gradient_checkpointing', 'fsdp_config', 'fsdp'],
  severity: 'error',
  source: 'trainer',
  description: 'With FSDP, activation_checkpointing in fsdp_config and gradient_checkpointing cannot both be on.',
  check: ({ resolved }) => {
    // The Trainer tests the raw value, so Python truthiness decides (a string "false" inside a dict is still on).
    if (!buildsFsdpPlugin(resolved) || !isTruthy(fsdpConfig(resolved).activation_checkpointing) || !isTruthy(resolved.gradient_checkpointing)) return null;
    return {
      message:
        'fsdp_config turns on FSDP activation_checkpointing and gradient_checkpointing is also on; both recompute activations, and the Trainer refuses the pair: "The activation_checkpointing in FSDP config and the gradient_checkpointing in training arg can\'t be set to True simultaneously." Keep FSDP\'s and turn gradient_checkpointing off.',
      fix: { label: 'Turn gradient_checkpointing off', patch: { gradient_checkpointing: false } },
    };
  },
});
