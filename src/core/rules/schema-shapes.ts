import type { Kwargs, PyValue } from '../py/py-value';
import { isDict, isPyInt } from '../py/py-value';
import type { FieldDef } from '../registry/define-field';
import { DEFAULT_TARGET, isLine4x, mergeVersioned, perTarget, type Target, type VersionRange } from '../target/target';

/** The JSON shapes a keyword argument can take. `int` is a whole number not written as a float. */
export type Shape = 'int' | 'number' | 'bool' | 'string' | 'list' | 'dict' | 'none';

/** Union shapes that are the same in every targeted release. */
const COMMON_UNION_SHAPES: Readonly<Record<string, readonly Shape[]>> = {
  // None becomes [] in __post_init__, although the annotation does not say so.
  debug: ['string', 'list', 'none'],
  optim_target_modules: ['string', 'list', 'none'],
  // The Trainer guards clipping with `max_grad_norm is not None and > 0`, so None means "no clipping".
  max_grad_norm: ['number', 'none'],
};

/**
 * Fields whose accepted shapes are a union the field kind cannot express, per target, as checked against
 * training_args.py, trainer.py and the reference vectors.
 */
const UNION_SHAPES: readonly (VersionRange & { readonly values: Readonly<Record<string, readonly Shape[]>> })[] = [
  { values: COMMON_UNION_SHAPES },
  {
    since: '5.0',
    values: {
    // v5's TrainingArguments accepts None and wraps it into [None]; the Trainer then rejects it (the report-to-none rule).
    report_to: ['string', 'list', 'none'],
    // True means ["full_shard"]; None, "" and [] all mean no FSDP.
    fsdp: ['bool', 'string', 'list', 'none'],
    // True/False are mapped to "all"/"no".
    include_num_input_tokens_seen: ['bool', 'string'],
    },
  },
  {
    until: '5.0',
    values: {
    // None (the 4.x default) means every installed integration.
    report_to: ['string', 'list', 'none'],
    // None is the annotation's; 4.56 then fails on it, which the fsdp-none rule reports in the library's words.
    fsdp: ['bool', 'string', 'list', 'none'],
    },
  },
  // 4.57 takes the token-counting modes as well as a bool.
  { since: '4.57', values: { include_num_input_tokens_seen: ['bool', 'string'] } },
  // A Space id, or False to keep the dashboard live (Literal[False]; True is not a value it takes).
  { since: '5.6', values: { trackio_static_space_id: ['string', 'none', 'bool'] } },
];
const unionShapesOf = perTarget((target) => mergeVersioned(UNION_SHAPES, target));

/**
 * Int fields where a whole float (1800.0) only ever meets arithmetic that accepts floats
 * (timedelta, modulo, a byte-size product), so Python runs it unchanged. Every other int field
 * reaches `range()`, a slice or a DataLoader argument, which reject floats.
 */
const WHOLE_FLOAT_INTS: ReadonlySet<string> = new Set(['ddp_timeout', 'eval_accumulation_steps', 'ddp_bucket_cap_mb']);

/** Fields whose whole value check `TrainingArguments` performs itself; the library rule reports them in the library's words. */
export const LIBRARY_TYPED_FIELDS: ReadonlySet<string> = new Set(['torch_empty_cache_steps']);
/** The same per target: 4.x also type-checks `warmup_steps` (an int ≥ 0) itself. */
const LIBRARY_TYPED_4X: ReadonlySet<string> = new Set([...LIBRARY_TYPED_FIELDS, 'warmup_steps']);

/**
 * Whether the targeted release checks the field's whole value itself, so the schema rules leave it alone.
 * @example isLibraryTyped('warmup_steps', '4.56') // true
 */
export function isLibraryTyped(name: string, target: Target): boolean {
  return (isLine4x(target) ? LIBRARY_TYPED_4X : LIBRARY_TYPED_FIELDS).has(name);
}

/**
 * The shapes a field accepts in the targeted release (v5 by default): its kind, plus None when nullable, plus
 * a string for dict fields the library parses or reads from a file, or the union recorded for the few
 * multi-shape fields.
 * @example acceptedShapes(getField('fsdp')!) // ['bool', 'string', 'list', 'none']
 */
export function acceptedShapes(field: FieldDef, target: Target = DEFAULT_TARGET): readonly Shape[] {
  const union = unionShapesOf(target)[field.name];
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
  return acceptedShapes(field, target).some((shape) => hasShape(field.name, shape, value, input));
}

function hasShape(name: string, shape: Shape, value: PyValue, input: Kwargs): boolean {
  switch (shape) {
    case 'int':
      return isPyInt(value, name, input) || (WHOLE_FLOAT_INTS.has(name) && typeof value === 'number' && Number.isInteger(value));
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
