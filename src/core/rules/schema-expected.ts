import type { FieldDef } from '../registry/define-field';
import { listChoices } from './schema-format';
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
 * What a field accepts, as a phrase that completes "<field> must be …".
 * @example expectedText(getField('per_device_train_batch_size')!) // 'a whole number ≥ 1'
 */
export function expectedText(field: FieldDef): string {
  const phrases = acceptedShapes(field).map((shape) => shapePhrase(field, shape));
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
