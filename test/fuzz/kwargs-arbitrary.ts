import fc from 'fast-check';
import type { Kwargs, PyDict, PyValue } from '../../src/core/py/py-value';
import { classFieldsFor } from '../../src/core/config-class/class-registry';
import { DEFAULT_CONFIG_CLASS } from '../../src/core/config-class/classes';
import type { SectionedField } from '../../src/core/registry/registry';
import { secretEnvVar } from '../../src/core/secrets/secret-fields';
import type { Target } from '../../src/core/target/target';
import { hostileString, tokenArbitrary } from './hostile-strings';

/** A number with whether it was written as a float (`3.0`), which Python keeps apart from `3`. */
interface Num {
  readonly value: number;
  readonly float: boolean;
}

const wholeNumber = fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.maxSafeInteger(), fc.constantFrom(0, -0, 2 ** 53 - 1));
const anyFloat = fc.oneof(
  fc.double({ noNaN: false }),
  fc.constantFrom(5e-5, 1e-5, 0.1, 1e16, 1e-300, 5e-324, 1.7976931348623157e308, 123456789012345680000, Infinity, -Infinity, NaN),
  fc.integer({ min: -30, max: 30 }).chain((exponent) => fc.integer({ min: 1, max: 999 }).map((digits) => digits * 10 ** exponent)),
);

const numberArb: fc.Arbitrary<Num> = fc.oneof(
  wholeNumber.map((value) => ({ value: Object.is(value, -0) ? 0 : value, float: false })),
  anyFloat.map((value) => ({ value, float: true })),
);

/** A nested value (for dict fields and lists): a tree of the shapes Python's literals can take. */
interface Tree {
  readonly value: PyValue;
  /** Relative paths (`''` is the node itself) of whole numbers that are floats. */
  readonly floats: readonly string[];
}

const leaf: fc.Arbitrary<Tree> = fc.oneof(
  hostileString().map((value) => ({ value, floats: [] })),
  numberArb.map(({ value, float }) => ({ value, floats: float && Number.isInteger(value) ? [''] : [] })),
  fc.boolean().map((value) => ({ value, floats: [] })),
  fc.constant({ value: null, floats: [] }),
);

// Dots and brackets would make float paths ambiguous, so dict keys go without them.
const dictKey = fc.oneof(fc.constantFrom('num_cycles', 'min_lr', 'stage', 'zero_optimization'), hostileString(6)).map((key) => key.replace(/[.[]/g, '_'));

const { tree } = fc.letrec<{ tree: Tree; list: Tree; dict: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('list'), tie('dict')),
  list: fc.array(tie('tree'), { maxLength: 4 }).map((items) => ({
    value: items.map((item) => item.value),
    floats: items.flatMap((item, i) => item.floats.map((path) => `[${i}]${path === '' ? '' : path}`)),
  })),
  dict: fc.uniqueArray(fc.tuple(dictKey, tie('tree')), { maxLength: 4, selector: ([key]) => key }).map((entries) => {
    const value: PyDict = {};
    for (const [key, item] of entries) value[key] = item.value;
    return { value, floats: entries.flatMap(([key, item]) => item.floats.map((path) => `.${key}${path}`)) };
  }),
}));

/** A value of the field's kind, now and then None, now and then a wrong type (what validation is for). */
function fieldValue(field: SectionedField): fc.Arbitrary<Tree> {
  const own = ((): fc.Arbitrary<Tree> => {
    switch (field.kind) {
      case 'int':
        return fc.oneof(
          wholeNumber.map((value) => ({ value: Object.is(value, -0) ? 0 : value, floats: [] })),
          numberArb.map(({ value }) => ({ value, floats: Number.isInteger(value) ? [''] : [] })),
        );
      case 'float':
        return numberArb.map(({ value, float }) => ({ value, floats: float && Number.isInteger(value) ? [''] : [] }));
      case 'bool':
        return fc.boolean().map((value) => ({ value, floats: [] }));
      case 'enum':
        return (field.choices ? fc.oneof(fc.constantFrom(...field.choices), hostileString()) : hostileString()).map((value) => ({ value, floats: [] }));
      case 'list':
        return fc
          .array(field.choices ? fc.oneof(fc.constantFrom(...field.choices), hostileString()) : hostileString(), { maxLength: 4 })
          .map((value) => ({ value, floats: [] }));
      case 'dict':
        return fc.oneof(
          tree,
          hostileString().map((value) => ({ value, floats: [] })),
        );
      default:
        return hostileString().map((value) => ({ value, floats: [] }));
    }
  })();
  if (secretEnvVar(field.name) !== undefined) {
    // A real-looking token most of the time, so a test can look for it in the output.
    const token = tokenArbitrary().map((value) => ({ value, floats: [] }));
    return fc.oneof({ weight: 3, arbitrary: token }, { weight: 1, arbitrary: own }, { weight: 1, arbitrary: fc.constant({ value: null, floats: [] }) });
  }
  return fc.oneof({ weight: 8, arbitrary: own }, { weight: 1, arbitrary: fc.constant({ value: null, floats: [] }) }, { weight: 1, arbitrary: leaf });
}

/**
 * Random keyword arguments for a target and config class: any subset of the class's fields there (objects
 * aside, which only Python code can build), with values of every shape and hostile strings, and which whole
 * numbers are floats.
 * @example fc.sample(kwargsArbitrary('5.2-5.5', 'SFTConfig'), 1)[0].values // e.g. { run_name: 'a"""\ud800', packing: true }
 */
export function kwargsArbitrary(target: Target, configClass: string = DEFAULT_CONFIG_CLASS): fc.Arbitrary<Kwargs> {
  // Built once per target and class: a fuzz target asks for it on every run.
  const key = `${target}/${configClass}`;
  const cached = BUILT.get(key);
  if (cached) return cached;
  const built = buildKwargsArbitrary(target, configClass);
  BUILT.set(key, built);
  return built;
}

const BUILT = new Map<string, fc.Arbitrary<Kwargs>>();

function buildKwargsArbitrary(target: Target, configClass: string): fc.Arbitrary<Kwargs> {
  const fields = classFieldsFor(target, configClass).filter((field) => field.kind !== 'object');
  const model = Object.fromEntries(fields.map((field) => [field.name, fieldValue(field)]));
  return fc.record(model, { requiredKeys: [] }).map((picked) => {
    const values: Record<string, PyValue> = {};
    const floatWritten = new Set<string>();
    for (const [name, item] of Object.entries(picked) as [string, Tree][]) {
      values[name] = item.value;
      for (const path of item.floats) floatWritten.add(`${name}${path}`);
    }
    return { values, floatWritten };
  });
}
