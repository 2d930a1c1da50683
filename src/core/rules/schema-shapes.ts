import type { Kwargs, PyValue } from '../py/py-value';
import { isDict, isPyInt } from '../py/py-value';
import type { FieldDef, ValueShape } from '../registry/define-field';
import { getField } from '../registry/registry';
import { DEFAULT_TARGET, type Target } from '../target/target';

/** The JSON shapes a keyword argument can take. `int` is a whole number not written as a float. */
export type Shape = ValueShape;

/**
 * Whether the targeted release checks the field's whole value itself (its registry entry says `libraryTyped`
 * there), so the schema rules leave it alone.
 * @example isLibraryTyped('warmup_steps', '4.56') // true
 */
export function isLibraryTyped(name: string, target: Target): boolean {
  return getField(name, target)?.libraryTyped === true;
}

/**
 * The shapes a field accepts in the targeted release (v5 by default): its kind, plus None when nullable, plus
 * a string for dict fields the library parses or reads from a file, or the union recorded for the few
 * multi-shape fields.
 * @example acceptedShapes(getField('fsdp')!) // ['bool', 'string', 'list', 'none']
 */
export function acceptedShapes(field: FieldDef, target: Target = DEFAULT_TARGET): readonly Shape[] {
  // The union the target's registry entry records for the few multi-shape fields (see `FieldDef.shapes`).
  const union = (getField(field.name, target) ?? field).shapes;
  if (union) return union;
  const shapes = [...kindShapes(field)];
  if (field.nullable) shapes.push('none');
  return shapes;
}

function kindShapes(field: FieldDef): Shape[] {
  switch (field.kind) {
    case 'int':
      return ['int'];
    case 'float':
      return ['number'];
    case 'bool':
      return ['bool'];
    case 'string':
    case 'enum':
      return ['string'];
    case 'list':
      return ['list'];
    case 'dict':
      return topLevelTypes(field.pyType).includes('str') ? ['dict', 'string'] : ['dict'];
    case 'object':
      return [];
  }
}

/** `dict[str, Any] | str | None` → ['dict[str, Any]', 'str', 'None']. */
function topLevelTypes(pyType: string): string[] {
  return pyType.split('|').map((part) => part.trim());
}

/**
 * Whether `value` (the raw input of `field`) has one of the shapes the target accepts. Lists must hold only strings.
 * @example fitsShape(getField('max_steps')!, 2.5, kwargs({ max_steps: 2.5 })) // false
 */
export function fitsShape(field: FieldDef, value: PyValue, input: Kwargs, target: Target = DEFAULT_TARGET): boolean {
  return acceptedShapes(field, target).some((shape) => hasShape(field, shape, value, input));
}

function hasShape(field: FieldDef, shape: Shape, value: PyValue, input: Kwargs): boolean {
  switch (shape) {
    case 'int':
      // A whole float passes where the field only meets float-safe arithmetic (`wholeFloatOk`).
      return isPyInt(value, field.name, input) || (field.wholeFloatOk === true && typeof value === 'number' && Number.isInteger(value));
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'dict':
      return isDict(value);
    case 'none':
      return value === null;
  }
}
