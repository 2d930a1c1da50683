import { SCHEDULER_SPECS } from '../../registry/scheduler-kwargs';
import { pyNumber } from '../../schedule/py-number';
import { defineRule } from '../define-rule';
import { pythonText } from '../../py/python-text';
import { schedulerKwargs } from '../scheduler-kwarg-spec';

/** The default `lr_end` of `get_polynomial_decay_schedule_with_warmup` (a number: the registry test checks defaults against their kinds). */
const DEFAULT_LR_END = SCHEDULER_SPECS.polynomial.kwargs.lr_end?.default as number;

/** `get_polynomial_decay_schedule_with_warmup` raises unless the starting learning rate is above `lr_end`. */
export const polynomialLrEnd = defineRule({
  id: 'polynomial-lr-end',
  fields: ['lr_scheduler_kwargs', 'learning_rate', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'The polynomial schedule needs learning_rate above lr_end (default 1e-7).',
  check: ({ resolved }) => {
    if (resolved.lr_scheduler_type !== 'polynomial') return null;
    const lr = pyNumber(resolved.learning_rate);
    const kwargs = schedulerKwargs(resolved);
    if (lr === null || kwargs === undefined) return null;
    const given = kwargs.lr_end !== undefined;
    // A string or None lr_end is a type error, reported by scheduler-kwarg-type.
    const lrEnd = given ? pyNumber(kwargs.lr_end) : DEFAULT_LR_END;
    if (lrEnd === null || lr > lrEnd) return null;
    const quoted = `lr_end (${pythonText(given ? kwargs.lr_end : DEFAULT_LR_END)}) must be smaller than initial lr (${pythonText(resolved.learning_rate)})`;
    return {
      fields: given ? ['lr_scheduler_kwargs', 'learning_rate'] : ['learning_rate', 'lr_scheduler_kwargs'],
      message: given
        ? `The polynomial schedule decays from learning_rate down to lr_end, so lr_end must be below learning_rate. The scheduler raises "${quoted}" when training starts. Lower lr_end or raise learning_rate.`
        : `The polynomial schedule decays to lr_end, which defaults to 1e-7 — not below this learning_rate. The scheduler raises "${quoted}" when training starts. Set a smaller lr_end in lr_scheduler_kwargs or raise learning_rate.`,
      messageKo: given
        ? `polynomial 스케줄은 \`learning_rate\`에서 \`lr_end\`까지 감소하므로 \`lr_end\`가 \`learning_rate\`보다 작아야 합니다. 학습이 시작될 때 스케줄러가 "${quoted}" 오류를 냅니다. \`lr_end\`를 낮추거나 \`learning_rate\`를 높이세요.`
        : `polynomial 스케줄은 \`lr_end\`까지 감소하는데, \`lr_end\`의 기본값 1e-7이 이 \`learning_rate\`보다 작지 않습니다. 학습이 시작될 때 스케줄러가 "${quoted}" 오류를 냅니다. \`lr_scheduler_kwargs\`에 더 작은 \`lr_end\`를 설정하거나 \`learning_rate\`를 높이세요.`,
    };
  },
});
