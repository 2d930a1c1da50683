import { defineRule } from '../define-rule';
import { libraryRaisesKo } from '../ko-text';
import { strategyMember } from '../strategy-name';

/** Mirrors `__post_init__`: the steps eval strategy needs `eval_steps`, or a positive `logging_steps` to fall back on. */
export const evalStepsRequired = defineRule({
  id: 'eval-steps-required',
  fields: ['eval_steps', 'eval_strategy', 'logging_steps'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'eval_strategy "steps" needs a non-zero eval_steps, or a positive logging_steps that eval_steps falls back to.',
  check: ({ resolved }) => {
    if (resolved.eval_strategy !== 'steps') return null;
    const steps = resolved.eval_steps;
    if (steps !== null && steps !== 0 && steps !== undefined) return null;
    const library = `evaluation strategy ${strategyMember('eval_strategy', 'steps')} requires either non-zero --eval_steps or --logging_steps`;
    return {
      message: `eval_strategy is "steps" but eval_steps is not set and logging_steps (${String(resolved.logging_steps)}) is not positive, so there is no evaluation interval. Set eval_steps (e.g. 500, or 0.1 for every 10 % of training). The library raises: ${library}`,
      messageKo: `\`eval_strategy\`가 \`"steps"\`인데 \`eval_steps\`가 설정되지 않았고 \`logging_steps\`(${String(resolved.logging_steps)})도 양수가 아니어서 평가 간격을 정할 수 없습니다. \`eval_steps\`를 설정하세요(예: 500, 또는 학습의 10 %마다 평가하려면 0.1). ${libraryRaisesKo(library)}`,
      fix: { label: 'Set eval_steps to 500', labelKo: 'eval_steps를 500으로 설정', patch: { eval_steps: 500 } },
    };
  },
});
