import { defineRule } from '../define-rule';

/** What each metric-driven scheduler does with the metric, for the message. */
const METRIC_SCHEDULERS: Readonly<Record<string, { readonly en: string; readonly ko: string }>> = {
  reduce_lr_on_plateau: { en: 'lowers the learning rate when the evaluation metric stops improving', ko: '평가 지표가 더 이상 좋아지지 않을 때 학습률을 낮추는데' },
  // GreedyLR (5.15+) raises or lowers the rate from the same metric.
  greedy: { en: 'raises or lowers the learning rate from the evaluation metric', ko: '평가 지표를 보고 학습률을 올리거나 내리는데' },
};

/** Mirrors `_validate_args`: ReduceLROnPlateau and GreedyLR step on evaluation metrics, so they need evaluations. */
export const plateauNeedsEval = defineRule({
  id: 'plateau-needs-eval',
  fields: ['lr_scheduler_type', 'eval_strategy'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'lr_scheduler_type "reduce_lr_on_plateau" (and "greedy" from 5.15) needs an eval_strategy other than "no".',
  check: ({ resolved }) => {
    const type = typeof resolved.lr_scheduler_type === 'string' ? resolved.lr_scheduler_type : '';
    const what = METRIC_SCHEDULERS[type];
    if (what === undefined || resolved.eval_strategy !== 'no') return null;
    const library = `lr_scheduler_type ${type} requires an eval strategy`;
    return {
      message: `${type} ${what.en}, but eval_strategy is "no", so there is never a metric. Set eval_strategy to "epoch" or "steps". The library raises: ${library}`,
      messageKo: `\`${type}\`는 ${what.ko}, \`eval_strategy\`가 \`"no"\`라서 지표가 생기지 않습니다. \`eval_strategy\`를 \`"epoch"\`이나 \`"steps"\`로 설정하세요. 라이브러리 오류: ${library}`,
      fix: { label: 'Set eval_strategy to "epoch"', labelKo: 'eval_strategy를 "epoch"으로 설정', patch: { eval_strategy: 'epoch' } },
    };
  },
});
