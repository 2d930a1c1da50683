import { defineRule } from '../define-rule';

/** Mirrors `_validate_args`: only one half-precision mode can be used for full evaluation. */
export const fullEvalPrecisionExclusive = defineRule({
  id: 'full-eval-precision-exclusive',
  fields: ['fp16_full_eval', 'bf16_full_eval'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'fp16_full_eval and bf16_full_eval cannot both be True.',
  check: ({ resolved }) =>
    resolved.fp16_full_eval === true && resolved.bf16_full_eval === true
      ? {
          message:
            'fp16_full_eval and bf16_full_eval are both on; evaluation can run in only one half precision. Turn one off (match the precision you train in). The library raises: At most one of fp16 and bf16 can be True for full eval, but not both',
          messageKo:
            '`fp16_full_eval`과 `bf16_full_eval`이 둘 다 켜져 있지만 평가는 한 가지 half precision으로만 실행할 수 있습니다. 하나를 끄세요(학습 정밀도에 맞추세요). 라이브러리 오류: At most one of fp16 and bf16 can be True for full eval, but not both',
          fix:
            resolved.bf16 === true
              ? { label: 'Turn fp16_full_eval off', labelKo: 'fp16_full_eval 끄기', patch: { fp16_full_eval: undefined } }
              : { label: 'Turn bf16_full_eval off', labelKo: 'bf16_full_eval 끄기', patch: { bf16_full_eval: undefined } },
        }
      : null,
});
