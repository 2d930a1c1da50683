import { defineRule } from './define-rule';
import { fsdpOptions } from './fsdp-values';

/** Mirrors `_process_fsdp_args`: offload needs a sharding mode, and two sharding modes exclude each other. */
export const fsdpShardingCombination = defineRule({
  id: 'fsdp-sharding-combination',
  fields: ['fsdp'],
  severity: 'error',
  source: 'library',
  description: 'fsdp "offload" must come with full_shard or shard_grad_op, and full_shard excludes shard_grad_op.',
  check: ({ resolved }) => {
    const options = fsdpOptions(resolved);
    if (options.length === 1 && options[0] === 'offload') {
      return {
        message:
          'fsdp is just "offload", which only moves sharded parameters to the CPU: it needs a sharding mode too, e.g. "full_shard offload". The library raises: `--fsdp offload` can\'t work on its own. It needs to be added to `--fsdp full_shard` or `--fsdp shard_grad_op`. For example, `--fsdp "full_shard offload"`.',
        fix: { label: 'Use "full_shard offload"', patch: { fsdp: 'full_shard offload' } },
      };
    }
    if (options.includes('full_shard') && options.includes('shard_grad_op')) {
      return {
        message:
          'fsdp names two sharding modes, full_shard and shard_grad_op; pick one (full_shard shards parameters too and saves the most memory). The library raises: `--fsdp full_shard` is not compatible with `--fsdp shard_grad_op`.',
        fix: { label: 'Keep full_shard', patch: { fsdp: options.filter((o) => o !== 'shard_grad_op').join(' ') } },
      };
    }
    return null;
  },
});
