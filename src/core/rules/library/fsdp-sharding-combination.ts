import { defineRule } from '../define-rule';
import { fsdpOptions } from '../fsdp-values';

/** Mirrors `_process_fsdp_args`: offload needs a sharding mode, and two sharding modes exclude each other. */
export const fsdpShardingCombination = defineRule({
  id: 'fsdp-sharding-combination',
  fields: ['fsdp'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  // 5.15 rewrote the FSDP handling and dropped this check.
  versions: { until: '5.15' },
  description: 'fsdp "offload" must come with full_shard or shard_grad_op, and full_shard excludes shard_grad_op.',
  check: ({ resolved }) => {
    const options = fsdpOptions(resolved);
    if (options.length === 1 && options[0] === 'offload') {
      return {
        message:
          'fsdp is just "offload", which only moves sharded parameters to the CPU: it needs a sharding mode too, e.g. "full_shard offload". The library raises: `--fsdp offload` can\'t work on its own. It needs to be added to `--fsdp full_shard` or `--fsdp shard_grad_op`. For example, `--fsdp "full_shard offload"`.',
        messageKo:
          '`fsdp`가 `"offload"` 하나뿐입니다. offload는 샤딩된 파라미터를 CPU로 옮기기만 하므로 샤딩 모드도 함께 있어야 합니다(예: `"full_shard offload"`). 라이브러리 오류: `--fsdp offload` can\'t work on its own. It needs to be added to `--fsdp full_shard` or `--fsdp shard_grad_op`. For example, `--fsdp "full_shard offload"`.',
        fix: { label: 'Use "full_shard offload"', labelKo: '"full_shard offload"로 바꾸기', patch: { fsdp: 'full_shard offload' } },
      };
    }
    if (options.includes('full_shard') && options.includes('shard_grad_op')) {
      return {
        message:
          'fsdp names two sharding modes, full_shard and shard_grad_op; pick one (full_shard shards parameters too and saves the most memory). The library raises: `--fsdp full_shard` is not compatible with `--fsdp shard_grad_op`.',
        messageKo:
          '`fsdp`에 샤딩 모드가 두 개(`full_shard`, `shard_grad_op`) 있습니다. 하나만 고르세요(`full_shard`는 파라미터까지 샤딩해 메모리를 가장 많이 아낍니다). 라이브러리 오류: `--fsdp full_shard` is not compatible with `--fsdp shard_grad_op`.',
        fix: { label: 'Keep full_shard', labelKo: 'full_shard만 남기기', patch: { fsdp: options.filter((o) => o !== 'shard_grad_op').join(' ') } },
      };
    }
    return null;
  },
});
