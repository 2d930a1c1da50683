import fc from 'fast-check';
import { HARDWARE_PROFILES } from '../../src/core/hardware/hardware-profile';
import { ALL_FIELDS } from '../../src/core/registry/registry';
import { secretEnvVar } from '../../src/core/secrets/secret-fields';
import { EMPTY_SHARED_STATE, type SharedState, type SharedValue } from '../../src/core/share/share-state';
import { tokenArbitrary, wellFormedHostileString } from './hostile-strings';

/** A form input's value for a field: text for typed fields, a bool, a list of words, or an explicit None. */
function formValue(name: string, kind: string): fc.Arbitrary<SharedValue> {
  const own: fc.Arbitrary<SharedValue> =
    secretEnvVar(name) !== undefined ? fc.oneof(tokenArbitrary(), wellFormedHostileString()) : kind === 'bool' ? fc.boolean() : kind === 'list' ? fc.array(wellFormedHostileString(), { maxLength: 4 }) : wellFormedHostileString();
  return fc.oneof({ weight: 6, arbitrary: own }, { weight: 1, arbitrary: fc.constant(null) });
}

/**
 * Any state the form can hold: values for any subset of the fields the saved state knows (tokens
 * included, which must never be carried), any hardware profile, any valid run context. Text the user
 * can type is well-formed Unicode (a browser input never holds a lone surrogate).
 */
export function sharedStateArbitrary(): fc.Arbitrary<SharedState> {
  const fields = ALL_FIELDS.filter((field) => field.kind !== 'object');
  const values = fc.record(Object.fromEntries(fields.map((field) => [field.name, formValue(field.name, field.kind)])), { requiredKeys: [] });
  const run = fc.record({
    examples: fc.oneof(fc.constant(null), fc.nat(), fc.maxSafeNat()),
    devicesPerNode: fc.integer({ min: 1, max: 1024 }),
    nodes: fc.integer({ min: 1, max: 1024 }),
  });
  // On the default release and class: the values are drawn from the default field set.
  const { release, target, configClass } = EMPTY_SHARED_STATE;
  return fc
    .record({ values, hardware: fc.constantFrom(...HARDWARE_PROFILES), run })
    .map((state) => ({ release, target, configClass, ...state, values: state.values as Record<string, SharedValue> }));
}

/** The state as links and saved state carry it: without tokens. */
export function withoutSecretValues(state: SharedState): SharedState {
  return { ...state, values: Object.fromEntries(Object.entries(state.values).filter(([name]) => secretEnvVar(name) === undefined)) };
}
