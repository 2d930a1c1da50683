import { message } from '../../i18n/messages/message';
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
  messages: ['fsdp-config-unused'],
  description: 'fsdp_config settings that have no effect: wrapping options without fsdp, XLA options without xla.',
  check: ({ resolved, input }) => {
    const fsdpOff = fsdpOptions(resolved).length === 0;
    const config = fsdpConfig(resolved);
    const findings: Finding<'fsdp-config-unused'>[] = [];
    const say = (problem: FsdpConfigProblem): void => void findings.push({ text: message('fsdp-config-unused', { problem }) });
    if (fsdpOff && typeof input.values.fsdp_config === 'string' && !input.values.fsdp_config.startsWith('{')) say('file-without-fsdp');
    if (fsdpOff && typeof config.min_num_params === 'number' && config.min_num_params > 0) say('min-num-params-without-fsdp');
    if (fsdpOff && config.transformer_layer_cls_to_wrap !== undefined && config.transformer_layer_cls_to_wrap !== null) say('layer-cls-without-fsdp');
    if (config.xla === true && fsdpOff) say('xla-without-fsdp');
    if (config.xla !== true && config.xla_fsdp_grad_ckpt === true) say('xla-grad-ckpt-without-xla');
    return findings;
  },
});

/** Which fsdp_config setting does nothing as configured (each catalogue words it). */
export type FsdpConfigProblem =
  'file-without-fsdp' | 'min-num-params-without-fsdp' | 'layer-cls-without-fsdp' | 'xla-without-fsdp' | 'xla-grad-ckpt-without-xla';

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-config-unused': { readonly problem: FsdpConfigProblem };
  }
}
