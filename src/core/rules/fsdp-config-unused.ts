import { defineRule, type Finding } from './define-rule';
import { fsdpConfig, fsdpOptions } from './fsdp-values';

/** Mirrors the `warnings.warn` calls of `_process_fsdp_args`: FSDP settings that do nothing as configured. */
export const fsdpConfigUnused = defineRule({
  id: 'fsdp-config-unused',
  fields: ['fsdp_config', 'fsdp'],
  severity: 'warning',
  source: 'library',
  description: 'fsdp_config settings that have no effect: wrapping options without fsdp, XLA options without xla.',
  check: ({ resolved, input }) => {
    const fsdpOff = fsdpOptions(resolved).length === 0;
    const config = fsdpConfig(resolved);
    const findings: Finding[] = [];
    const say = (message: string): void => void findings.push({ message });
    if (fsdpOff && typeof input.values.fsdp_config === 'string' && !input.values.fsdp_config.startsWith('{')) {
      say('fsdp_config points to a file but fsdp is off, so the file is read and then ignored. Set fsdp (e.g. "full_shard auto_wrap") or drop fsdp_config.');
    }
    if (fsdpOff && typeof config.min_num_params === 'number' && config.min_num_params > 0) {
      say('fsdp_config.min_num_params only matters when FSDP is on; fsdp is empty, so it is ignored.');
    }
    if (fsdpOff && config.transformer_layer_cls_to_wrap !== undefined && config.transformer_layer_cls_to_wrap !== null) {
      say('fsdp_config.transformer_layer_cls_to_wrap only matters when FSDP is on; fsdp is empty, so it is ignored.');
    }
    if (config.xla === true && fsdpOff) say('fsdp_config.xla is on but fsdp is empty: XLA FSDP only works with fsdp set.');
    if (config.xla !== true && config.xla_fsdp_grad_ckpt === true) say('fsdp_config.xla_fsdp_grad_ckpt does nothing unless fsdp_config.xla is true.');
    return findings;
  },
});
