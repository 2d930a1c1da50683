import { defineRule } from '../define-rule';

/** Mirrors `__post_init__`: `logging_dir` only warns in v5; its value is no longer used. */
export const deprecatedLoggingDir = defineRule({
  id: 'deprecated-logging-dir',
  fields: ['logging_dir'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  // 4.x neither deprecates this nor reads warmup the v5 way; its own warmup rules apply there.
  versions: { since: '5.0', until: '5.15' },
  description: 'logging_dir is deprecated and ignored in v5; TensorBoard reads the TENSORBOARD_LOGGING_DIR environment variable.',
  check: ({ input }) =>
    input.values.logging_dir === undefined || input.values.logging_dir === null
      ? null
      : {
          message:
            'logging_dir is deprecated and has no effect in v5 (removed in 5.15). Set the environment variable TENSORBOARD_LOGGING_DIR to choose where TensorBoard writes.',
          messageKo:
            '`logging_dir`는 deprecated되어 v5에서는 아무 효과가 없습니다(5.15에서 제거). TensorBoard가 로그를 쓸 위치는 환경 변수 `TENSORBOARD_LOGGING_DIR`로 지정하세요.',
          fix: { label: 'Remove logging_dir', labelKo: 'logging_dir 제거', patch: { logging_dir: undefined } },
        },
});
