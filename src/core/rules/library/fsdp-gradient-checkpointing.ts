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
  description: 'With FSDP full/hybrid sharding, activation_checkpointing in fsdp_config beats gradient_checkpointing.',
  check: ({ resolved, target }) => {
    const options = fsdpOptions(resolved);
    if (resolved.gradient_checkpointing !== true) return null;
    // From 5.15 any FSDP setup logs the advice; before, only full and hybrid sharding did.
    if (hasVersionRange(target, { since: '5.15' })) {
      if (!fsdpOn(resolved)) return null;
      return {
        message:
          'gradient_checkpointing with FSDP adds a redundant all-gather in the backward pass. Prefer "activation_checkpointing": true in fsdp_config and turn gradient_checkpointing off (having both fails in Trainer). The library logs: When using FSDP, prefer `activation_checkpointing` in `fsdp_config` over `gradient_checkpointing`; the latter introduces a redundant AllGather in the backward pass.',
        messageKo:
          'FSDP에서 `gradient_checkpointing`을 쓰면 backward pass에 불필요한 all-gather가 추가됩니다. `fsdp_config`에 `"activation_checkpointing": true`를 쓰고 `gradient_checkpointing`은 끄세요(둘 다 켜면 Trainer에서 실패합니다). 라이브러리 로그: When using FSDP, prefer `activation_checkpointing` in `fsdp_config` over `gradient_checkpointing`; the latter introduces a redundant AllGather in the backward pass.',
      };
    }
    if (!(options.includes('full_shard') || options.includes('hybrid_shard'))) return null;
    return {
      message:
        'gradient_checkpointing with FSDP full sharding adds a redundant all-gather in the backward pass. Prefer "activation_checkpointing": true in fsdp_config and turn gradient_checkpointing off (having both fails in Trainer).',
      messageKo:
        'FSDP full sharding에서 `gradient_checkpointing`을 쓰면 backward pass에 불필요한 all-gather가 추가됩니다. `fsdp_config`에 `"activation_checkpointing": true`를 쓰고 `gradient_checkpointing`은 끄세요(둘 다 켜면 Trainer에서 실패합니다).',
    };
  },
});
