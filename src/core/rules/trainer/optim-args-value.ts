import { pyFloat } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { code } from '../ko-text';
import { OPTIM_ARGS_READERS, type OptimArgCast, parseOptimArgs } from '../optim-args-spec';

// Python's int() of text: optional sign, digits with single underscores between them.
const INT_TEXT = /^[+-]?\d(?:_?\d)*$/;
const TRUTH_WORDS = ['y', 'yes', 't', 'true', 'on', '1', 'n', 'no', 'f', 'false', 'off', '0'];

/** The Python error the cast raises on `value`, or null when it converts. */
function castError(value: string, cast: OptimArgCast): string | null {
  if (cast === 'int') return INT_TEXT.test(value) ? null : `invalid literal for int() with base 10: '${value}'`;
  if (cast === 'float') return pyFloat(value) === null ? `could not convert string to float: '${value}'` : null;
  if (cast === 'strtobool') return TRUTH_WORDS.includes(value.toLowerCase()) ? null : `invalid truth value '${value.toLowerCase()}'`;
  return null;
}

const EXPECTED: Readonly<Record<OptimArgCast, string>> = {
  int: 'a whole number',
  float: 'a number',
  strtobool: 'true or false',
  truthy: 'any text',
  text: 'any text',
};

/** `EXPECTED` in Korean, with the ending that completes "…의 값이 ___ 합니다". */
const EXPECTED_KO: Readonly<Record<OptimArgCast, string>> = {
  int: '정수여야',
  float: '숫자여야',
  strtobool: '`true` 또는 `false`여야',
  truthy: '텍스트여야',
  text: '텍스트여야',
};

/** The optimizer branches convert `optim_args` items with int()/float()/strtobool, which raise ValueError on text they cannot read. */
export const optimArgsValue = defineRule({
  id: 'optim-args-value',
  fields: ['optim_args', 'optim'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'optim_args items that the chosen optimizer converts to numbers or booleans must be convertible.',
  check: ({ resolved }) => {
    const readers = typeof resolved.optim === 'string' ? OPTIM_ARGS_READERS[resolved.optim] : undefined;
    const items = parseOptimArgs(resolved.optim_args);
    if (readers === undefined || items === null) return null;
    const findings: Finding[] = [];
    for (const [key, value] of items) {
      const cast = readers[key];
      const error = cast === undefined ? null : castError(value, cast);
      if (cast === undefined || error === null) continue;
      findings.push({
        message: `optim_args item ${key}=${value} must be ${EXPECTED[cast]} for ${String(resolved.optim)}; building the optimizer fails with ValueError: ${error}.`,
        messageKo: `${code(String(resolved.optim))}에서는 \`optim_args\` 항목 \`${key}=${value}\`의 값이 ${EXPECTED_KO[cast]} 합니다. 옵티마이저를 만들 때 ValueError: ${error} 오류로 실패합니다.`,
      });
    }
    return findings;
  },
});
