import { defineRule } from './define-rule';
import { fsdpOptions } from './fsdp-values';

/** Mirrors `_process_fsdp_args`: the library logs this advice with full or hybrid sharding. */
export const fsdpGradientCheckpointing = defineRule({
  id: 'fsdp-gradient-checkpointing',
  fields: ['gradient_checkpointing', 'fsdp'],
  severity: 'warning',
  source: 'library',
  description: 'With FSDP full/hybrid sharding, activation_checkpointing in fsdp_config beats gradient_checkpointing.',
  check: ({ resolved }) => {
    const options = fsdpOptions(resolved);
    if (resolved.gradient_checkpointing !== true || !(options.includes('full_shard') || options.includes('hybrid_shard'))) return null;
    return {
      message:
        'gradient_checkpointing with FSDP full sharding adds a redundant all-gather in the backward pass. Prefer "activation_checkpointing": true in fsdp_config and turn gradient_checkpointing off (having both fails in Trainer).',
    };
  },
});
