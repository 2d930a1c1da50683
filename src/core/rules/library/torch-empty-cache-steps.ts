import { isPyInt } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { libraryRaisesKo, ro } from '../ko-text';
import { pythonText } from '../../py/python-text';

/** Mirrors `_validate_args`: anything but a positive `int` raises (a float such as 5.0 too). */
export const torchEmptyCacheSteps = defineRule({
  id: 'torch-empty-cache-steps',
  fields: ['torch_empty_cache_steps'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  description: 'torch_empty_cache_steps must be a positive whole number written without a decimal point, or unset.',
  check: ({ input }) => {
    const value = input.values.torch_empty_cache_steps;
    if (value === undefined || value === null) return null;
    const isInt = isPyInt(value, 'torch_empty_cache_steps', input) || typeof value === 'boolean';
    if (isInt && Number(value) > 0) return null;
    const asFloat = typeof value === 'number' && input.floatWritten.has('torch_empty_cache_steps');
    const whole = typeof value === 'number' && Number.isInteger(value) && value > 0;
    const library = `\`torch_empty_cache_steps\` must be an integer bigger than 0, got ${pythonText(value, asFloat)}.`;
    return {
      message: `torch_empty_cache_steps must be a whole number above 0 (how many steps between torch.cuda.empty_cache() calls), or unset. The library raises: ${library}`,
      messageKo: `\`torch_empty_cache_steps\`는 0보다 큰 정수(torch.cuda.empty_cache()를 몇 스텝마다 호출할지)이거나 설정하지 않아야 합니다. ${libraryRaisesKo(library)}`,
      ...(whole ? { fix: { label: `Use ${value}`, labelKo: `${ro(String(value))} 바꾸기`, patch: { torch_empty_cache_steps: value } } } : {}),
    };
  },
});
