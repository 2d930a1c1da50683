import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { fsdpOn, fsdpOptions } from '../fsdp-values';
import { hasVersionRange } from '../../target/target';

/** Mirrors `_process_fsdp_args`: the library logs this advice with full or hybrid sharding (with any FSDP from 5.15). */
export const fsdpGradientCheckpointing = defineRule({
  id: 'fsdp-gradient-checkpointing',
  fields: ['gradient_checkpointing', 'fsdp'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  messages: ['fsdp-gradient-checkpointing', 'fsdp-gradient-checkpointing.2'],
  description: 'With FSDP full/hybrid sharding, activation_checkpointing in fsdp_config beats gradient_checkpointing.',
  check: ({ resolved, target }) => {
    const options = fsdpOptions(resolved);
    if (resolved.gradient_checkpointing !== true) return null;
    // From 5.15 any FSDP setup logs the advice; before, only full and hybrid sharding did.
    if (hasVersionRange(target, { since: '5.15' })) {
      if (!fsdpOn(resolved)) return null;
      return {
        text: message('fsdp-gradient-checkpointing', {}),
      };
    }
    if (!(options.includes('full_shard') || options.includes('hybrid_shard'))) return null;
    return {
      text: message('fsdp-gradient-checkpointing.2', {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-gradient-checkpointing': NoParams;
    'fsdp-gradient-checkpointing.2': NoParams;
  }
}
