import { defineRule } from '../define-rule';
import { libraryRaisesKo } from '../ko-text';
import { strategyMember } from '../strategy-name';

/** Mirrors `_validate_args`: the steps logging strategy with `logging_steps == 0` raises. */
export const loggingStepsNonzero = defineRule({
  id: 'logging-steps-nonzero',
  fields: ['logging_steps', 'logging_strategy'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'With logging_strategy "steps", logging_steps cannot be 0.',
  check: ({ resolved }) => {
    if (resolved.logging_strategy !== 'steps' || resolved.logging_steps !== 0) return null;
    const library = `logging strategy ${strategyMember('logging_strategy', 'steps')} requires non-zero --logging_steps`;
    return {
      message: `logging_steps is 0 while logging_strategy is "steps", so nothing says when to log. Set logging_steps to a step count (e.g. 500) or a ratio below 1, or choose another logging_strategy. The library raises: ${library}`,
      messageKo: `\`logging_strategy\`가 \`"steps"\`인데 \`logging_steps\`가 0이라서 언제 로그를 남길지 정해지지 않습니다. \`logging_steps\`를 스텝 수(예: 500)나 1보다 작은 비율로 설정하거나, 다른 \`logging_strategy\`를 고르세요. ${libraryRaisesKo(library)}`,
      fix: { label: 'Set logging_steps to 500', labelKo: 'logging_steps를 500으로 설정', patch: { logging_steps: 500 } },
    };
  },
});
