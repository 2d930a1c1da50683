import type { PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import { message } from '../i18n/messages/message';
import type { Patch, RuleFix } from './define-rule';
import { code, eul, orList, ro } from './ko-text';
import { pythonText } from '../py/python-text';

const LONG_TEXT = 40;

/**
 * A value as a message shows it after "got": strings in double quotes (shortened when long), numbers
 * as Python prints them (`5.0` when written as a float), and a plain word for lists and objects.
 * @example describeValue('sixteen') // '"sixteen"'
 */
export function describeValue(value: PyValue | undefined, writtenAsFloat = false): string {
  if (typeof value === 'string') {
    const shown = value.length > LONG_TEXT ? `${value.slice(0, LONG_TEXT - 1)}…` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `the list ${pythonText(value)}`;
  if (isDict(value)) return 'an object';
  return pythonText(value, writtenAsFloat);
}

/**
 * `describeValue` for the Korean messages: the value as code, or a Korean word for lists and objects.
 * @example describeValueKo('sixteen') // '`"sixteen"`'
 */
export function describeValueKo(value: PyValue | undefined, writtenAsFloat = false): string {
  if (Array.isArray(value)) return value.length === 0 ? '빈 리스트' : `리스트 ${code(pythonText(value))}`;
  if (isDict(value)) return '객체(dict)';
  return code(describeValue(value, writtenAsFloat));
}

/**
 * Quotes a choice or name for a message.
 * @example quote('warning') // '"warning"'
 */
export function quote(text: string): string {
  return `"${text}"`;
}

/**
 * Quoted choices for a message: all of a short list, the first few and a count for a long one.
 * @example listChoices(['no', 'steps', 'epoch']) // '"no", "steps" or "epoch"'
 */
export function listChoices(choices: readonly string[], limit = 8): string {
  const quoted = choices.map(quote);
  if (quoted.length <= limit) {
    return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  }
  return `${quoted.slice(0, limit).join(', ')}… (${choices.length} names)`;
}

/**
 * `listChoices` for the Korean messages: each choice as code, joined with 또는.
 * @example listChoicesKo(['no', 'steps', 'epoch']) // '`"no"`, `"steps"` 또는 `"epoch"`'
 */
export function listChoicesKo(choices: readonly string[], limit = 8): string {
  const quoted = choices.map((choice) => code(quote(choice)));
  if (quoted.length <= limit) return orList(quoted);
  return `${quoted.slice(0, limit).join(', ')}… (총 ${choices.length}개)`;
}

/**
 * A number written as text in the shape Python would read as a number literal, or undefined.
 * `integral` tells whether it was written as an int (no point, no exponent).
 * @example parseNumberText(' 16 ') // { value: 16, integral: true }
 */
export function parseNumberText(text: string): { value: number; integral: boolean } | undefined {
  const trimmed = text.trim();
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return undefined;
  return { value, integral: /^[+-]?\d+$/.test(trimmed) };
}

/**
 * A fix that drops the key so the library default applies again.
 * @example resetFix('learning_rate', 5e-5).patch // { learning_rate: undefined }
 */
export function resetFix(field: string, defaultValue: PyValue): RuleFix {
  return { text: message('fix.reset', { field, defaultValue }), patch: { [field]: undefined } };
}

/**
 * A short label for a patch, in the order its keys were written: "Set eval_strategy to "steps", remove evaluation_strategy".
 * @example describePatch({ use_cpu: true, no_cuda: undefined }) // 'Set use_cpu to True, remove no_cuda'
 */
export function describePatch(patch: Readonly<Record<string, PyValue | undefined>>): string {
  const parts = Object.entries(patch).map(([key, value]) => (value === undefined ? `remove ${key}` : `set ${key} to ${patchValueText(value)}`));
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `describePatch` in Korean, for fix labels (plain text: labels show no code spans).
 * @example describePatchKo({ use_cpu: true, no_cuda: undefined }) // 'use_cpu를 True로 설정, no_cuda 제거'
 */
export function describePatchKo(patch: Readonly<Record<string, PyValue | undefined>>): string {
  return Object.entries(patch)
    .map(([key, value]) => (value === undefined ? `${key} 제거` : `${eul(key)} ${ro(patchValueText(value))} 설정`))
    .join(', ');
}

/**
 * A fix that sets (or removes) keys, labelled by the patch itself.
 * @example patchFix({ use_cpu: true }).text // { code: 'fix.patch', params: { patch: { use_cpu: true } } }
 */
export function patchFix(patch: Patch): RuleFix {
  return { text: message('fix.patch', { patch }), patch };
}

/** The fix labels the rules share (their catalogue texts use describePatch/describePatchKo and pythonText). */
export const SHARED_FIX_CODES = ['fix.reset', 'fix.patch'] as const;

declare module '../i18n/messages/message' {
  interface MessageParams {
    'fix.reset': { readonly field: string; readonly defaultValue: PyValue };
    'fix.patch': { readonly patch: Patch };
  }
}

function patchValueText(value: PyValue): string {
  return typeof value === 'string' ? quote(value) : isDict(value) ? summariseDict(value) : pythonText(value);
}

function summariseDict(value: Readonly<Record<string, PyValue>>): string {
  const text = pythonText(value);
  return text.length > LONG_TEXT ? `{${Object.keys(value).join(', ')}}` : text;
}
