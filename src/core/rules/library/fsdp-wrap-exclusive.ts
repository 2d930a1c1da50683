import { defineRule } from '../define-rule';
import { fsdpConfig, fsdpOptions } from '../fsdp-values';

/** Mirrors `_process_fsdp_args`: size-based and class-based auto-wrap policies exclude each other. */
export const fsdpWrapExclusive = defineRule({
  id: 'fsdp-wrap-exclusive',
  fields: ['fsdp_config', 'fsdp'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  // 5.15 rewrote the FSDP handling and dropped this check.
  versions: { until: '5.15' },
  description: 'fsdp_config cannot set both min_num_params > 0 and transformer_layer_cls_to_wrap.',
  check: ({ resolved }) => {
    const config = fsdpConfig(resolved);
    const size = config.min_num_params;
    const classes = config.transformer_layer_cls_to_wrap;
    if (fsdpOptions(resolved).length === 0 || typeof size !== 'number' || size <= 0 || classes === undefined || classes === null) return null;
    return {
      message:
        'fsdp_config sets both min_num_params (wrap by size) and transformer_layer_cls_to_wrap (wrap by layer class); FSDP can use only one auto-wrap policy. Keep transformer_layer_cls_to_wrap for transformer models. The library raises: `min_num_params` and `transformer_layer_cls_to_wrap` are mutually exclusive.',
      messageKo:
        '`fsdp_config`에 `min_num_params`(크기 기준 래핑)와 `transformer_layer_cls_to_wrap`(레이어 클래스 기준 래핑)이 모두 설정되어 있습니다. FSDP는 auto-wrap 정책을 하나만 쓸 수 있으니, transformer 모델이라면 `transformer_layer_cls_to_wrap`을 남기세요. 라이브러리 오류: `min_num_params` and `transformer_layer_cls_to_wrap` are mutually exclusive.',
    };
  },
});
