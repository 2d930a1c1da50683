import fc from 'fast-check';
import { classFieldsFor } from '../../src/core/config-class/class-registry';
import { DEFAULT_CONFIG_CLASS } from '../../src/core/config-class/classes';
import { HARDWARE_PROFILES } from '../../src/core/hardware/hardware-profile';
import { secretEnvVar } from '../../src/core/secrets/secret-fields';
import type { SharedState, SharedValue } from '../../src/core/share/share-state';
import { BANDS, DEFAULT_TARGET, RELEASES, releaseTarget, type Target } from '../../src/core/target/target';
import { tokenArbitrary, wellFormedHostileString } from './hostile-strings';

/** A form input's value for a field: text for typed fields, a bool, a list of words, or an explicit None. */
function formValue(name: string, kind: string): fc.Arbitrary<SharedValue> {
  const own: fc.Arbitrary<SharedValue> =
    secretEnvVar(name) !== undefined
      ? fc.oneof(tokenArbitrary(), wellFormedHostileString())
      : kind === 'bool'
        ? fc.boolean()
        : kind === 'list'
          ? fc.array(wellFormedHostileString(), { maxLength: 4 })
          : wellFormedHostileString();
  return fc.oneof({ weight: 6, arbitrary: own }, { weight: 1, arbitrary: fc.constant(null) });
}

// Every way a user can name a release: the picker's releases, band names, the old v5/v4, patch releases,
// and releases outside the known range (approximated by the nearest band).
const RELEASE_NAMES = [...new Set([...RELEASES, ...BANDS.map((band) => band.id), 'v5', 'v4', '4.40', '5.16.1', '5.19', '6.0'])];

/**
 * The release names that open a target, as the picker or an older link would store them.
 * @example releasesOf('4.56') // ['4.56', 'v4', '4.40']
 */
export function releasesOf(target: Target): string[] {
  return RELEASE_NAMES.filter((name) => releaseTarget(name)?.target === target);
}

/**
 * Any state the form can hold on a target and config class: a release that opens the target, values for
 * any subset of the class's fields there (tokens included, which must never be carried), any hardware
 * profile, any valid run context. Text the user can type is well-formed Unicode (a browser input never
 * holds a lone surrogate).
 */
export function sharedStateArbitrary(target: Target = DEFAULT_TARGET, configClass: string = DEFAULT_CONFIG_CLASS): fc.Arbitrary<SharedState> {
  const fields = classFieldsFor(target, configClass).filter((field) => field.kind !== 'object');
  const values = fc.record(Object.fromEntries(fields.map((field) => [field.name, formValue(field.name, field.kind)])), { requiredKeys: [] });
  const run = fc.record({
    examples: fc.oneof(fc.constant(null), fc.nat(), fc.maxSafeNat()),
    devicesPerNode: fc.integer({ min: 1, max: 1024 }),
    nodes: fc.integer({ min: 1, max: 1024 }),
  });
  const releases = releasesOf(target);
  if (releases.length === 0) throw new Error(`no release name opens ${target}`);
  return fc
    .record({ release: fc.constantFrom(...releases), values, hardware: fc.constantFrom(...HARDWARE_PROFILES), run })
    .map((state) => ({ ...state, target, configClass, values: state.values as Record<string, SharedValue> }));
}

/** The state as links and saved state carry it: without tokens. */
export function withoutSecretValues(state: SharedState): SharedState {
  return { ...state, values: Object.fromEntries(Object.entries(state.values).filter(([name]) => secretEnvVar(name) === undefined)) };
}
