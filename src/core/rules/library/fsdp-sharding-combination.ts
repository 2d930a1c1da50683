import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { fsdpOptions } from '../fsdp-values';

/** Mirrors `_process_fsdp_args`: offload needs a sharding mode, and two sharding modes exclude each other. */
export const fsdpShardingCombination = defineRule({
  id: 'fsdp-sharding-combination',
  fields: ['fsdp'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['fsdp-sharding-combination', 'fsdp-sharding-combination.fix', 'fsdp-sharding-combination.2', 'fsdp-sharding-combination.fix2'],
  // 5.15 rewrote the FSDP handling and dropped this check.
  versions: { until: '5.15' },
  description: 'fsdp "offload" must come with full_shard or shard_grad_op, and full_shard excludes shard_grad_op.',
  check: ({ resolved }) => {
    const options = fsdpOptions(resolved);
    if (options.length === 1 && options[0] === 'offload') {
      return {
        text: message('fsdp-sharding-combination', {}),
        fix: { text: message('fsdp-sharding-combination.fix', {}), patch: { fsdp: 'full_shard offload' } },
      };
    }
    if (options.includes('full_shard') && options.includes('shard_grad_op')) {
      return {
        text: message('fsdp-sharding-combination.2', {}),
        fix: { text: message('fsdp-sharding-combination.fix2', {}), patch: { fsdp: options.filter((o) => o !== 'shard_grad_op').join(' ') } },
      };
    }
    return null;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-sharding-combination': NoParams;
    'fsdp-sharding-combination.fix': NoParams;
    'fsdp-sharding-combination.2': NoParams;
    'fsdp-sharding-combination.fix2': NoParams;
  }
}
