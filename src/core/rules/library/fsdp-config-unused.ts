import { defineRule, type Finding } from '../define-rule';
import { fsdpConfig, fsdpOptions } from '../fsdp-values';

/** Mirrors the `warnings.warn` calls of `_process_fsdp_args`: FSDP settings that do nothing as configured. */
export const fsdpConfigUnused = defineRule({
  id: 'fsdp-config-unused',
  fields: ['fsdp_config', 'fsdp'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  // 5.15 rewrote the FSDP handling and dropped this check.
  versions: { until: '5.15' },
  description: 'fsdp_config settings that have no effect: wrapping options without fsdp, XLA options without xla.',
  check: ({ resolved, input }) => {
    const fsdpOff = fsdpOptions(resolved).length === 0;
    const config = fsdpConfig(resolved);
    const findings: Finding[] = [];
    const say = (message: string, messageKo: string): void => void findings.push({ message, messageKo });
    if (fsdpOff && typeof input.values.fsdp_config === 'string' && !input.values.fsdp_config.startsWith('{')) {
      say(
        'fsdp_config points to a file but fsdp is off, so the file is read and then ignored. Set fsdp (e.g. "full_shard auto_wrap") or drop fsdp_config.',
        '`fsdp_config`가 파일을 가리키지만 `fsdp`가 꺼져 있어서, 파일을 읽기만 하고 무시합니다. `fsdp`를 설정하거나(예: `"full_shard auto_wrap"`) `fsdp_config`를 지우세요.',
      );
    }
    if (fsdpOff && typeof config.min_num_params === 'number' && config.min_num_params > 0) {
      say(
        'fsdp_config.min_num_params only matters when FSDP is on; fsdp is empty, so it is ignored.',
        '`fsdp_config.min_num_params`는 FSDP가 켜져 있을 때만 의미가 있는데, `fsdp`가 비어 있어 무시됩니다.',
      );
    }
    if (fsdpOff && config.transformer_layer_cls_to_wrap !== undefined && config.transformer_layer_cls_to_wrap !== null) {
      say(
        'fsdp_config.transformer_layer_cls_to_wrap only matters when FSDP is on; fsdp is empty, so it is ignored.',
        '`fsdp_config.transformer_layer_cls_to_wrap`은 FSDP가 켜져 있을 때만 의미가 있는데, `fsdp`가 비어 있어 무시됩니다.',
      );
    }
    if (config.xla === true && fsdpOff) {
      say(
        'fsdp_config.xla is on but fsdp is empty: XLA FSDP only works with fsdp set.',
        '`fsdp_config.xla`가 켜져 있지만 `fsdp`가 비어 있습니다. XLA FSDP는 `fsdp`를 설정해야만 동작합니다.',
      );
    }
    if (config.xla !== true && config.xla_fsdp_grad_ckpt === true) {
      say(
        'fsdp_config.xla_fsdp_grad_ckpt does nothing unless fsdp_config.xla is true.',
        '`fsdp_config.xla_fsdp_grad_ckpt`는 `fsdp_config.xla`가 true일 때만 효과가 있습니다.',
      );
    }
    return findings;
  },
});
