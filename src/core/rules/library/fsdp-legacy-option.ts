import { pythonText } from '../../py/python-text';
import { fsdpVersionOf, legacyFsdpItems, translateLegacyFsdp } from '../../resolve/fsdp-v5-15';
import { defineRule } from '../define-rule';
import { fsdpConfig } from '../fsdp-values';
import { code, libraryRaisesKo } from '../ko-text';

/**
 * Mirrors `_apply_legacy_fsdp_to_config` (5.15+): each item of a string or list `fsdp` is translated into
 * `fsdp_config`; the FSDP1-only strategies need `version: 1`, and anything else unknown raises.
 */
export const fsdpLegacyOption = defineRule({
  id: 'fsdp-legacy-option',
  fields: ['fsdp', 'fsdp_config'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  versions: { since: '5.15' },
  description: 'Items of an fsdp string or list must be full_shard, shard_grad_op, offload or auto_wrap; hybrid_shard, hybrid_shard_zero2 and no_shard need fsdp_config version 1.',
  check: ({ input, resolved }) => {
    const items = legacyFsdpItems(input.values.fsdp ?? null);
    if (items.length === 0) return null;
    const config = fsdpConfig(resolved);
    // The version problem is fsdp-plugin-values' (the same int() fails there).
    if (fsdpVersionOf(config) === undefined) return null;
    const { problem } = translateLegacyFsdp(items, config);
    if (problem === undefined || problem.kind === 'version') return null;
    if (problem.kind === 'fsdp1-only') {
      const library = `\`fsdp=${problem.item}\` is only available with FSDP1. Set \`fsdp_config['version'] = 1\` to use it, but note that FSDP1 is deprecated and will be removed in Transformers v5.20.`;
      const lower = problem.item.toLowerCase();
      const isUpper = lower !== problem.item && (lower === 'full_shard' || lower === 'shard_grad_op');
      return {
        fields: ['fsdp'],
        message: isUpper
          ? `fsdp option "${problem.item}" must be written in lower case ("${lower}"); in upper case FSDP2 does not recognise it. The library raises: ${library}`
          : `fsdp option "${problem.item}" is an FSDP1 sharding strategy, and FSDP2 is the default from 5.15. Use "full_shard" or "shard_grad_op", or set fsdp_config version 1 (deprecated). The library raises: ${library}`,
        messageKo: isUpper
          ? `\`fsdp\` 옵션 ${code(`"${problem.item}"`)}는 소문자(${code(`"${lower}"`)})로 써야 합니다. 대문자로 쓰면 FSDP2가 알아보지 못합니다. ${libraryRaisesKo(library)}`
          : `\`fsdp\` 옵션 ${code(`"${problem.item}"`)}는 FSDP1 샤딩 전략인데, 5.15부터는 FSDP2가 기본입니다. \`"full_shard"\`나 \`"shard_grad_op"\`를 쓰거나, \`fsdp_config\`의 version을 1로 설정하세요(deprecated). ${libraryRaisesKo(library)}`,
      };
    }
    const shown = pythonText(problem.item);
    const library = typeof problem.item === 'string' ? `Unknown \`fsdp\` option: ${shown}` : `AttributeError: '${typeof problem.item === 'number' ? 'int' : 'object'}' object has no attribute 'upper'`;
    return {
      fields: ['fsdp'],
      message: `fsdp option ${JSON.stringify(problem.item)} is not one the library knows. Use full_shard, shard_grad_op, offload or auto_wrap (better: fsdp=True with the settings in fsdp_config). The library raises: ${library}`,
      messageKo: `\`fsdp\` 옵션 ${code(JSON.stringify(problem.item))}는 라이브러리가 모르는 값입니다. full_shard, shard_grad_op, offload, auto_wrap 중에서 쓰세요(더 좋은 방법: \`fsdp=True\`로 두고 설정은 \`fsdp_config\`에). ${libraryRaisesKo(library)}`,
    };
  },
});
