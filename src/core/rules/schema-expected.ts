import type { FieldDef } from '../registry/define-field';
import { DEFAULT_TARGET, type Target } from '../target/target';
import { code, orList } from './ko-text';
import { listChoices, listChoicesKo } from './schema-format';
import type { Shape } from './schema-shapes';
import { acceptedShapes } from './schema-shapes';

/**
 * The range a number field accepts, in words, or '' when unbounded.
 * @example boundsText(getField('adam_beta1')!) // 'from 0 up to, but not including, 1'
 */
export function boundsText(field: FieldDef): string {
  const { min, max, exclusiveMax } = field;
  if (min !== undefined && max !== undefined) {
    return exclusiveMax ? `from ${min} up to, but not including, ${max}` : `between ${min} and ${max}`;
  }
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return exclusiveMax ? `< ${max}` : `≤ ${max}`;
  return '';
}

/**
 * `boundsText` in Korean, or '' when unbounded.
 * @example boundsTextKo(getField('adam_beta1')!) // '0 이상 1 미만'
 */
export function boundsTextKo(field: FieldDef): string {
  const { min, max, exclusiveMax } = field;
  const upper = max === undefined ? '' : `${max} ${exclusiveMax ? '미만' : '이하'}`;
  if (min !== undefined) return max === undefined ? `${min} 이상` : `${min} 이상 ${upper}`;
  return upper;
}

/**
 * What a field accepts in the target (v5 by default), as a phrase that completes "<field> must be …".
 * @example expectedText(getField('per_device_train_batch_size')!) // 'a whole number ≥ 1'
 */
export function expectedText(field: FieldDef, target: Target = DEFAULT_TARGET): string {
  const phrases = acceptedShapes(field, target).map((shape) => shapePhrase(field, shape));
  if (phrases.length === 0) return 'left unset (it can only be built in Python code)';
  return phrases.length === 1 ? phrases[0]! : `${phrases.slice(0, -1).join(', ')} or ${phrases.at(-1)}`;
}

function shapePhrase(field: FieldDef, shape: Shape): string {
  const bounds = boundsText(field);
  switch (shape) {
    case 'int':
      return bounds ? `a whole number ${bounds}` : 'a whole number';
    case 'number':
      return bounds ? `a number ${bounds}` : 'a number';
    case 'bool':
      return 'true or false';
    case 'string':
      if (field.choices && field.kind === 'enum') return `one of ${listChoices(field.choices)}`;
      return field.kind === 'dict' ? 'the path of a JSON file (or JSON text)' : 'text';
    case 'list':
      return field.choices ? `a list of names from ${listChoices(field.choices)}` : 'a list of strings';
    case 'dict':
      return 'a JSON object';
    case 'none':
      return 'None';
  }
}

/**
 * `expectedText` in Korean, as a noun phrase that completes "`<field>`에는 …만 쓸 수 있습니다"; '' when the
 * field cannot be set here at all.
 * @example expectedTextKo(getField('per_device_train_batch_size')!) // '1 이상인 정수'
 */
export function expectedTextKo(field: FieldDef, target: Target = DEFAULT_TARGET): string {
  return orList(acceptedShapes(field, target).map((shape) => shapePhraseKo(field, shape)));
}

function shapePhraseKo(field: FieldDef, shape: Shape): string {
  const bounds = boundsTextKo(field);
  switch (shape) {
    case 'int':
      return bounds ? `${bounds}인 정수` : '정수';
    case 'number':
      return bounds ? `${bounds}인 숫자` : '숫자';
    case 'bool':
      return `${code('true')} 또는 ${code('false')}`;
    case 'string':
      if (field.choices && field.kind === 'enum') return `${listChoicesKo(field.choices)} 중 하나`;
      return field.kind === 'dict' ? 'JSON 파일 경로(또는 JSON 텍스트)' : '텍스트';
    case 'list':
      return field.choices ? `${listChoicesKo(field.choices)} 중에서 고른 이름의 리스트` : '문자열 리스트';
    case 'dict':
      return 'JSON 객체';
    case 'none':
      return code('None');
  }
}
