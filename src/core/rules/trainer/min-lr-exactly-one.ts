import { defineRule } from '../define-rule';
import { code, eun } from '../ko-text';
import { isSet, schedulerKwargs } from '../scheduler-kwarg-spec';

const MIN_LR_SCHEDULES = ['cosine_with_min_lr', 'cosine_warmup_with_min_lr'];

/** Both min-lr cosine schedules raise unless exactly one of `min_lr` / `min_lr_rate` is given (None counts as not given). */
export const minLrExactlyOne = defineRule({
  id: 'min-lr-exactly-one',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'cosine_with_min_lr and cosine_warmup_with_min_lr need exactly one of min_lr or min_lr_rate in lr_scheduler_kwargs.',
  check: ({ resolved }) => {
    const type = resolved.lr_scheduler_type;
    if (typeof type !== 'string' || !MIN_LR_SCHEDULES.includes(type)) return null;
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) return null;
    const hasMinLr = isSet(kwargs, 'min_lr');
    const hasRate = isSet(kwargs, 'min_lr_rate');
    if (hasMinLr !== hasRate) return null;
    return hasMinLr
      ? {
          message: `${type} takes the floor of the schedule either as an absolute min_lr or as min_lr_rate (a fraction of learning_rate), not both. The scheduler raises "Only one of min_lr or min_lr_rate should be set". Remove one of them.`,
          messageKo: `${eun(code(type))} 스케줄의 하한을 절대값인 \`min_lr\`와 \`learning_rate\`에 대한 비율인 \`min_lr_rate\` 중 하나로만 받습니다. 스케줄러는 "Only one of min_lr or min_lr_rate should be set" 오류를 냅니다. 둘 중 하나를 지우세요.`,
        }
      : {
          message: `${type} decays to a floor that you must give in lr_scheduler_kwargs, either {"min_lr_rate": 0.1} (a fraction of learning_rate) or {"min_lr": 1e-6} (absolute). Without it the scheduler raises "One of min_lr or min_lr_rate should be set through the \`lr_scheduler_kwargs\`".`,
          messageKo: `${eun(code(type))} 하한까지 감소하는데, 이 하한을 \`lr_scheduler_kwargs\`에 직접 줘야 합니다: \`{"min_lr_rate": 0.1}\`(\`learning_rate\`에 대한 비율) 또는 \`{"min_lr": 1e-6}\`(절대값). 없으면 스케줄러가 "One of min_lr or min_lr_rate should be set through the \`lr_scheduler_kwargs\`" 오류를 냅니다.`,
        };
  },
});
