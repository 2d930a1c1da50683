import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../check/check-config';
import { notCarriedByFlags } from '../emit/cli-flags';
import { emitCliFlags } from '../emit/cli-flags';
import { emitEntries, leftOutNames, pyEquals } from '../emit/emit-entries';
import { emitJson } from '../emit/json';
import { emitPython } from '../emit/python';
import { emitYaml } from '../emit/yaml';
import type { ImporterId } from '../formats/formats';
import type { Kwargs, PyValue } from '../py/py-value';
import type { SectionedField } from '../registry/registry';
import { SECRET_FIELDS } from '../secrets/secret-fields';
import { BANDS, type Target } from '../target/target';
import { classFieldsFor, configClassesFor } from '../config-class/class-registry';
import { importText } from './import-text';

const EMITTERS: Readonly<Record<ImporterId, (input: Kwargs, options: { target: Target; configClass: string }) => string>> = {
  python: emitPython,
  cli: emitCliFlags,
  json: emitJson,
  yaml: emitYaml,
};

// Secrets are never exported (see the safety rules), and a ParallelismConfig only exists in Python.
const NOT_GENERATED = new Set([...Object.keys(SECRET_FIELDS), 'parallelism_config']);

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("it's", 'a "b"', 'back\\slash', 'line\nbreak', '한국어', '😀', '$HOME', '--flag', 'yes', 'null', '1e5', '#x', ': y', ''),
);
const number = fc.oneof(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 100_000 }));
const nested = fc.dictionary(fc.stringMatching(/^[a-z_]{1,8}$/), fc.oneof(number, fc.boolean(), text, fc.constant(null)), { maxKeys: 3 });

/** A type-correct value for a field, as a user could set it in the form. */
function valueOf(field: SectionedField): fc.Arbitrary<{ value: PyValue; float: boolean }> {
  const plain = (arb: fc.Arbitrary<PyValue>): fc.Arbitrary<{ value: PyValue; float: boolean }> => arb.map((value) => ({ value, float: false }));
  let arb: fc.Arbitrary<{ value: PyValue; float: boolean }>;
  switch (field.kind) {
    case 'int':
      arb = plain(fc.integer({ min: -1, max: 1_000_000 }));
      break;
    case 'float':
      arb = fc.oneof(
        plain(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true })),
        fc.integer({ min: 0, max: 5000 }).map((value) => ({ value, float: true })),
      );
      break;
    case 'bool':
      arb = plain(fc.boolean());
      break;
    case 'enum':
      arb = plain(fc.constantFrom(...(field.choices ?? ['x'])));
      break;
    case 'list':
      arb = plain(field.choices ? fc.uniqueArray(fc.constantFrom(...field.choices), { maxLength: 3 }) : fc.array(text, { maxLength: 3 }));
      break;
    case 'dict':
      arb = plain(nested);
      break;
    default:
      arb = plain(text);
  }
  return field.nullable === true ? fc.oneof({ weight: 1, arbitrary: plain(fc.constant(null)) }, { weight: 6, arbitrary: arb }) : arb;
}

/** Any valid state of the form for the target: a few fields set to type-correct values, maybe a name the class does not take. */
function stateFor(target: Target, configClass: string): fc.Arbitrary<Kwargs> {
  const fields = classFieldsFor(target, configClass).filter((f) => f.kind !== 'object' && !NOT_GENERATED.has(f.name));
  return fc
    .tuple(
      fc.subarray(fields, { maxLength: 8 }).chain((chosen) => fc.tuple(...chosen.map((f) => valueOf(f).map((v) => [f.name, v] as const)))),
      fc.option(fc.constantFrom('lora_rank', 'cutoff_len'), { nil: undefined }),
    )
    .map(([pairs, extra]) => {
      const values: Record<string, PyValue> = Object.fromEntries(pairs.map(([name, v]) => [name, v.value]));
      if (extra !== undefined) values[extra] = 8;
      return { values, floatWritten: new Set(pairs.filter(([, v]) => v.float).map(([name]) => name)) };
    });
}

/** What the export names instead of writing: names the class does not take (comments or a list), and for flags what no flag carries. */
function namedBy(format: ImporterId, state: Kwargs, target: Target, configClass: string): Set<string> {
  const named = new Set(leftOutNames(state, { target, configClass }).map((l) => l.name));
  if (format === 'cli') for (const s of notCarriedByFlags(state, target, configClass)) named.add(s.key);
  return named;
}

describe('import(export(state)) == state', () => {
  it('holds for every format, target and class, for every value the format can carry; the rest are exactly the values the export names', () => {
    const scenario = fc
      .record({
        target: fc.constantFrom(...BANDS.map((b) => b.id as Target)),
        format: fc.constantFrom<ImporterId>('python', 'cli', 'json', 'yaml'),
        pick: fc.nat(),
      })
      .map(({ target, format, pick }) => {
        const classes = configClassesFor(target);
        return { target, format, configClass: classes[pick % classes.length]!.name };
      })
      .chain((s) => stateFor(s.target, s.configClass).map((state) => ({ ...s, state })));
    fc.assert(
      fc.property(scenario, ({ target, format, configClass, state }) => {
        const exported = EMITTERS[format](state, { target, configClass });
        const back = importText(exported, { format, target, configClass }).imported;
        // What the Python code builds is the reference every other format must reproduce.
        const reference = importText(emitPython(state, { target, configClass }), { format: 'python', target, configClass }).imported;
        const named = namedBy(format, state, target, configClass);
        const written = emitEntries(state, { target, configClass }).filter((e) => e.changed);
        const resolvedBack = format === 'cli' ? checkConfig(back, { target, configClass }).resolved : undefined;
        const resolvedRef = format === 'cli' ? checkConfig(reference, { target, configClass }).resolved : undefined;
        for (const { field } of written) {
          const name = field.name;
          if (named.has(name)) {
            // Named as not carried: it really is not in what the reader gets back.
            expect(Object.hasOwn(back.values, name) && pyEquals(back.values[name]!, reference.values[name]!), `${format} ${name}`).toBe(false);
            continue;
          }
          expect(Object.hasOwn(back.values, name), `${format} ${target} ${name} missing from ${exported}`).toBe(true);
          if (format === 'cli') {
            // The parser types values by annotation; the object TrainingArguments builds must be the same.
            expect(
              pyEquals(resolvedBack![name]!, resolvedRef![name]!),
              `${name}: ${JSON.stringify(resolvedBack![name])} vs ${JSON.stringify(resolvedRef![name])}`,
            ).toBe(true);
          } else {
            expect(back.values[name], `${format} ${name}`).toStrictEqual(reference.values[name]);
            expect(back.floatWritten.has(name), `${format} ${name} float`).toBe(reference.floatWritten.has(name));
          }
        }
        // The Python export carries every written value exactly (whole numbers of float fields as floats).
        for (const { field, value } of written) if (!named.has(field.name)) expect(pyEquals(reference.values[field.name]!, value)).toBe(true);
        // Nothing the state did not set appears out of nowhere.
        for (const name of Object.keys(back.values)) expect(written.some((e) => e.field.name === name) || Object.hasOwn(state.values, name), name).toBe(true);
      }),
      { numRuns: 400, seed: Number(process.env.FC_SEED ?? 20261205) },
    );
  });
});
