import { defineRule } from '../define-rule';
import { code, libraryRaisesKo, setToKo } from '../ko-text';
import { pythonText } from '../../py/python-text';

/** Mirrors `_validate_args`: negative warmup raises (after `warmup_ratio` has replaced `warmup_steps`). */
export const warmupStepsNegative = defineRule({
  id: 'warmup-steps-negative',
  fields: ['warmup_steps', 'warmup_ratio'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  // 4.x neither deprecates this nor reads warmup the v5 way; its own warmup rules apply there.
  versions: { since: '5.0' },
  description: 'warmup_steps (or the deprecated warmup_ratio that replaces it) cannot be negative.',
  check: ({ resolved, input }) => {
    const value = resolved.warmup_steps;
    if (typeof value !== 'number' || value >= 0) return null;
    const fromRatio = input.values.warmup_ratio !== undefined && input.values.warmup_ratio !== null;
    const field = fromRatio ? 'warmup_ratio' : 'warmup_steps';
    return {
      fields: [field],
      message: `${field} is ${pythonText(value)}; warmup cannot be negative. Use 0 for no warmup, a whole number of steps, or a ratio below 1 (0.1 = 10 % of training). The library raises: warmup_steps must be an integer or a float`,
      messageKo: `${code(field)} 값이 ${code(pythonText(value))}입니다. 웜업은 음수일 수 없습니다. 웜업이 필요 없으면 0을, 아니면 정수 스텝 수나 1보다 작은 비율(0.1 = 학습의 10 %)을 쓰세요. ${libraryRaisesKo('warmup_steps must be an integer or a float')}`,
      fix: { label: `Set ${field} to 0`, labelKo: setToKo(field, '0'), patch: { [field]: 0 } },
    };
  },
});
