import { pyFloat } from '../../schedule/py-number';
import { message } from '../../i18n/messages/message';
import { defineRule, type Finding } from '../define-rule';
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

/** The optimizer branches convert `optim_args` items with int()/float()/strtobool, which raise ValueError on text they cannot read. */
export const optimArgsValue = defineRule({
  id: 'optim-args-value',
  fields: ['optim_args', 'optim'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['optim-args-value'],
  description: 'optim_args items that the chosen optimizer converts to numbers or booleans must be convertible.',
  check: ({ resolved }) => {
    const readers = typeof resolved.optim === 'string' ? OPTIM_ARGS_READERS[resolved.optim] : undefined;
    const items = parseOptimArgs(resolved.optim_args);
    if (readers === undefined || items === null) return null;
    const findings: Finding<'optim-args-value'>[] = [];
    for (const [key, value] of items) {
      const cast = readers[key];
      const error = cast === undefined ? null : castError(value, cast);
      if (cast === undefined || error === null) continue;
      findings.push({ text: message('optim-args-value', { key, value, optim: String(resolved.optim), cast, error }) });
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `cast`: how the optimizer converts the item; `error`: Python's ValueError text. */
    'optim-args-value': { readonly key: string; readonly value: string; readonly optim: string; readonly cast: OptimArgCast; readonly error: string };
  }
}
