import { isDict } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';
import { schedulerSpec } from '../scheduler-kwarg-spec';

/** `get_scheduler` returns constant, constant_with_warmup and inverse_sqrt before it looks at `scheduler_specific_kwargs`. */
export const schedulerKwargsIgnored = defineRule({
  id: 'scheduler-kwargs-ignored',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'warning',
  source: 'app',
  stage: 'config',
  description: 'lr_scheduler_kwargs given to constant, constant_with_warmup or inverse_sqrt are silently dropped.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    const kwargs = resolved.lr_scheduler_kwargs;
    if (spec === undefined || spec.takesKwargs || !isDict(kwargs) || Object.keys(kwargs).length === 0) return null;
    const type = String(resolved.lr_scheduler_type);
    const keys = Object.keys(kwargs).join(', ');
    const hasTimescale = type === 'inverse_sqrt' && 'timescale' in kwargs;
    const timescale = hasTimescale
      ? ' In particular timescale cannot be set this way: inverse_sqrt always uses the warmup length (or 10000 without warmup).'
      : '';
    const timescaleKo = hasTimescale ? ' 특히 `timescale`은 이렇게 설정할 수 없습니다. `inverse_sqrt`는 항상 웜업 길이(웜업이 없으면 10000)를 씁니다.' : '';
    return {
      message: `The ${type} schedule never receives lr_scheduler_kwargs, so ${keys} ${Object.keys(kwargs).length > 1 ? 'have' : 'has'} no effect.${timescale}`,
      messageKo: `${code(type)} 스케줄은 \`lr_scheduler_kwargs\`를 전혀 받지 않으므로 ${Object.keys(kwargs).map(code).join(', ')}에는 아무 효과가 없습니다.${timescaleKo}`,
      fix: { label: 'Remove lr_scheduler_kwargs', labelKo: 'lr_scheduler_kwargs 제거', patch: { lr_scheduler_kwargs: undefined } },
    };
  },
});
