import { isPyInt } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { code, libraryRaisesKo, setToKo } from '../ko-text';
import { pythonText } from '../../py/python-text';

const LIBRARY = 'warmup_steps must be of type int and must be 0 or a positive integer.';

/**
 * Mirrors the 4.x `__post_init__`: `warmup_steps` must be an `int` ≥ 0 — a float, even 10.0, raises. (v5 made it
 * a float that reads values below 1 as a ratio; its own check is warmup-steps-negative.)
 */
export const warmupStepsInt = defineRule({
  id: 'schema-warmup-steps-int',
  fields: ['warmup_steps'],
  severity: 'error',
  source: 'library',
  stage: 'schema',
  versions: { until: '5.0' },
  description: 'In 4.x, warmup_steps must be a whole number of steps ≥ 0 written without a decimal point; fractions go in warmup_ratio.',
  check: ({ input }) => {
    const value = input.values.warmup_steps;
    if (value === undefined) return null;
    // bool is an int subclass in Python, so True passes the library's isinstance check.
    if ((isPyInt(value, 'warmup_steps', input) || typeof value === 'boolean') && Number(value) >= 0) return null;
    const shown = pythonText(value, input.floatWritten.has('warmup_steps'));
    const isRatio = typeof value === 'number' && value > 0 && value < 1;
    const isWhole = typeof value === 'number' && Number.isInteger(value) && value >= 0;
    const fix = isRatio
      ? { label: `Move ${shown} to warmup_ratio`, labelKo: `${shown} 값을 warmup_ratio로 옮기기`, patch: { warmup_steps: undefined, warmup_ratio: value } }
      : isWhole
        ? { label: `Set warmup_steps to ${String(value)}`, labelKo: setToKo('warmup_steps', String(value)), patch: { warmup_steps: value } }
        : { label: 'Set warmup_steps to 0', labelKo: setToKo('warmup_steps', '0'), patch: { warmup_steps: 0 } };
    const hint = isRatio ? ' A fraction of training goes in warmup_ratio in 4.x.' : '';
    const hintKo = isRatio ? ' 4.x에서 학습 비율은 `warmup_ratio`에 씁니다.' : '';
    return {
      message: `warmup_steps is ${shown}, but transformers 4.x only takes a whole number of steps ≥ 0 here, written without a decimal point.${hint} The library raises: ${LIBRARY}`,
      messageKo: `${code('warmup_steps')} 값이 ${code(shown)}인데, transformers 4.x에서는 소수점 없이 쓴 0 이상의 정수 스텝 수만 쓸 수 있습니다.${hintKo} ${libraryRaisesKo(LIBRARY)}`,
      fix,
    };
  },
});
