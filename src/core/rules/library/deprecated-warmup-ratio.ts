import { defineRule } from '../define-rule';

/** Mirrors `__post_init__`: `warmup_ratio` warns and then overwrites `warmup_steps` (the 4.x precedence was the reverse). */
export const deprecatedWarmupRatio = defineRule({
  id: 'deprecated-warmup-ratio',
  fields: ['warmup_ratio', 'warmup_steps'],
  severity: 'warning',
  source: 'library',
  stage: 'config',
  // 4.x neither deprecates this nor reads warmup the v5 way; its own warmup rules apply there.
  versions: { since: '5.0', until: '5.15' },
  description: 'warmup_ratio is deprecated in v5 and, when set, replaces whatever warmup_steps says.',
  check: ({ input }) => {
    const ratio = input.values.warmup_ratio;
    if (ratio === undefined || ratio === null) return null;
    const overridden = input.values.warmup_steps !== undefined && input.values.warmup_steps !== ratio;
    return {
      message:
        `warmup_ratio is deprecated (gone in transformers 5.15). In v5, warmup_steps below 1 is already a ratio of total steps, so write warmup_steps=${String(ratio)} instead.` +
        (overridden ? ` Note: warmup_ratio currently overrides the warmup_steps you set (${String(input.values.warmup_steps)}).` : ''),
      messageKo:
        `\`warmup_ratio\`는 deprecated되었습니다(transformers 5.15에서 제거). v5에서는 1보다 작은 \`warmup_steps\`가 이미 전체 스텝에 대한 비율이므로, 대신 \`warmup_steps=${String(ratio)}\`로 쓰세요.` +
        (overridden ? ` 참고: 지금은 \`warmup_ratio\`가 직접 설정한 \`warmup_steps\`(${String(input.values.warmup_steps)})를 덮어씁니다.` : ''),
      fix: { label: `Move ${String(ratio)} to warmup_steps`, labelKo: `${String(ratio)} 값을 warmup_steps로 옮기기`, patch: { warmup_steps: ratio, warmup_ratio: undefined } },
    };
  },
});
