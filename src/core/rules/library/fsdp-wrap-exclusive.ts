import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { fsdpConfig, fsdpOptions } from '../fsdp-values';

/** Mirrors `_process_fsdp_args`: size-based and class-based auto-wrap policies exclude each other. */
export const fsdpWrapExclusive = defineRule({
  id: 'fsdp-wrap-exclusive',
  fields: ['fsdp_config', 'fsdp'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['fsdp-wrap-exclusive'],
  // 5.15 rewrote the FSDP handling and dropped this check.
  versions: { until: '5.15' },
  description: 'fsdp_config cannot set both min_num_params > 0 and transformer_layer_cls_to_wrap.',
  check: ({ resolved }) => {
    const config = fsdpConfig(resolved);
    const size = config.min_num_params;
    const classes = config.transformer_layer_cls_to_wrap;
    if (fsdpOptions(resolved).length === 0 || typeof size !== 'number' || size <= 0 || classes === undefined || classes === null) return null;
    return {
      text: message('fsdp-wrap-exclusive', {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-wrap-exclusive': NoParams;
  }
}
