import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_PAIRS, FUZZ_TARGETS, type FuzzKind, type FuzzTarget } from './fuzz-targets';
import { missingNeed, startOracles } from './oracles';

// `npm test` runs a bounded number of cases with a fixed seed, so a failure replays as is; `npm run fuzz`
// runs the long campaign with fresh seeds.
const SEED = 20261205;
// Cases per kind, shared out among every target and config class (128 pairs), sized so the whole file takes
// about as long as it did on the default class alone: python3 and PyYAML checks are the slow ones.
const CASES: Readonly<Record<FuzzKind, number>> = {
  'emit-python': 128,
  'emit-json': 384,
  'emit-yaml': 128,
  'emit-cli': 256,
  'import-python': 640,
  'import-cli': 640,
  'import-json': 640,
  'import-yaml': 384,
  'share-link': 256,
  'share-link-hostile': 256,
  'saved-state': 384,
  'saved-state-hostile': 384,
};
// Every target and class gets at least one case of every kind.
const MIN_CASES = 1;

const oracles = startOracles();
afterAll(() => oracles.close());

/** The fuzz targets of one kind on one version target (one per config class), in table order. */
const groups = new Map<string, FuzzTarget[]>();
for (const target of FUZZ_TARGETS) {
  const key = `${target.kind}/${target.target}`;
  groups.set(key, [...(groups.get(key) ?? []), target]);
}

describe('fuzzing (bounded), every target and config class', () => {
  it('covers every kind on every target and class', () => {
    expect(FUZZ_TARGETS).toHaveLength(FUZZ_PAIRS.length * Object.keys(CASES).length);
    expect(new Set(FUZZ_PAIRS.map((p) => p.configClass)).size).toBeGreaterThan(2);
  });

  for (const [key, targets] of groups) {
    const missing = missingNeed(targets[0]?.needs ?? []);
    it.skipIf(missing !== undefined)(`${key} (${targets.length} classes)${missing ? ` (skipped: ${missing})` : ''}`, async () => {
      for (const target of targets) {
        const numRuns = Math.max(MIN_CASES, Math.round(CASES[target.kind] / FUZZ_PAIRS.length));
        const summary = await target.run(oracles, { seed: SEED, numRuns });
        expect(summary.report ?? '', `replay: npm run fuzz -- --replay ${target.id}:${summary.seed}:${summary.path}`).toBe('');
        expect(summary.numRuns, target.id).toBe(numRuns);
      }
    });
  }
});
