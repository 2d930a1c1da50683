import { isDict } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { code, eul, ro } from '../ko-text';
import { schedulerKwargs } from '../scheduler-kwarg-spec';

/** ReduceLROnPlateau minimises by default; the Trainer never derives `mode` from `greater_is_better`. */
export const plateauMode = defineRule({
  id: 'plateau-mode',
  fields: ['lr_scheduler_kwargs', 'greater_is_better', 'metric_for_best_model'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'reduce_lr_on_plateau must be told mode "max" for metrics where greater is better.',
  check: ({ resolved }) => {
    if (resolved.lr_scheduler_type !== 'reduce_lr_on_plateau' || typeof resolved.greater_is_better !== 'boolean') return null;
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) return null;
    const mode = kwargs.mode ?? 'min';
    // Other values are errors reported by scheduler-kwarg-value.
    if (mode !== 'min' && mode !== 'max') return null;
    const wanted = resolved.greater_is_better ? 'max' : 'min';
    if (mode === wanted) return null;
    const metric = typeof resolved.metric_for_best_model === 'string' ? resolved.metric_for_best_model : 'the metric';
    const explicit = isDict(resolved.lr_scheduler_kwargs) && 'mode' in resolved.lr_scheduler_kwargs;
    const stated = explicit ? `mode "${mode}"` : `its default mode "min"`;
    const statedKo = explicit ? code(`mode="${mode}"`) : `기본 모드인 ${code('"min"')}`;
    const metricKo = typeof resolved.metric_for_best_model === 'string' ? code(resolved.metric_for_best_model) : '지표';
    return {
      message:
        `greater_is_better is ${resolved.greater_is_better ? 'True' : 'False'} for ${metric}, but reduce_lr_on_plateau runs with ${stated}: it will cut the learning rate ` +
        `${wanted === 'max' ? 'while the metric is still rising' : 'while the metric is still falling'} and keep it up when it gets worse. Set "mode": "${wanted}" in lr_scheduler_kwargs.`,
      messageKo:
        `${metricKo}에 대해 \`greater_is_better\`가 \`${resolved.greater_is_better ? 'True' : 'False'}\`인데, \`reduce_lr_on_plateau\`는 ${ro(statedKo)} 동작합니다. ` +
        `그래서 지표가 ${wanted === 'max' ? '아직 오르는 중인데도' : '아직 내려가는 중인데도'} 학습률을 낮추고, 나빠질 때는 그대로 둡니다. \`lr_scheduler_kwargs\`에 ${eul(code(`"mode": "${wanted}"`))} 설정하세요.`,
      fix: { label: `Set mode to "${wanted}"`, labelKo: `mode를 ${ro(`"${wanted}"`)} 설정`, patch: { lr_scheduler_kwargs: { ...kwargs, mode: wanted } } },
    };
  },
});
