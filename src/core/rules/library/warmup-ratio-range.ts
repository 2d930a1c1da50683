import { defineRule } from '../define-rule';
import { code, libraryRaisesKo, setToKo } from '../ko-text';
import { pythonText } from '../../py/python-text';

const LIBRARY = 'warmup_ratio must lie in range [0,1]';

/** Mirrors the 4.x `__post_init__`: the warmup ratio is a share of training, so it must lie in [0, 1]. */
export const warmupRatioRange = defineRule({
  id: 'schema-warmup-ratio-range',
  fields: ['warmup_ratio'],
  severity: 'error',
  source: 'library',
  stage: 'schema',
  versions: { until: '5.0' },
  description: 'In 4.x, warmup_ratio is a fraction of all updates and must lie between 0 and 1.',
  check: ({ input }) => {
    const value = input.values.warmup_ratio;
    // Other types are schema-type's to report (the library fails on them with a TypeError).
    if (typeof value !== 'number' || (value >= 0 && value <= 1)) return null;
    const shown = pythonText(value, input.floatWritten.has('warmup_ratio'));
    // A whole number above 1 was most likely meant as a step count.
    const steps = value > 1 && Number.isInteger(value);
    return {
      message: `warmup_ratio is ${shown}, but it is a fraction of all updates and must lie between 0 and 1 (0.1 = the first 10 %).${steps ? ' For a number of steps use warmup_steps.' : ''} The library raises: ${LIBRARY}`,
      messageKo: `${code('warmup_ratio')} 값이 ${code(shown)}인데, 이 값은 전체 업데이트에 대한 비율이라 0과 1 사이여야 합니다(0.1 = 처음 10 %).${steps ? ' 스텝 수라면 `warmup_steps`를 쓰세요.' : ''} ${libraryRaisesKo(LIBRARY)}`,
      fix: steps
        ? { label: `Move ${shown} to warmup_steps`, labelKo: `${shown} 값을 warmup_steps로 옮기기`, patch: { warmup_ratio: undefined, warmup_steps: value } }
        : { label: 'Set warmup_ratio to 0', labelKo: setToKo('warmup_ratio', '0'), patch: { warmup_ratio: 0 } },
    };
  },
});
