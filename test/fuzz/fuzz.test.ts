import { afterAll, describe, expect, it } from 'vitest';
import { FUZZ_TARGETS } from './fuzz-targets';
import { missingNeed, startOracles } from './oracles';

// `npm test` runs a bounded number of cases per target with a fixed seed, so a failure replays as is;
// `npm run fuzz` runs the long campaign with fresh seeds.
const SEED = 20261205;
// Cases per target (by the part of its id before the slash), sized so the whole file takes about 20 s on a
// busy 2-core machine: python3 and PyYAML checks are the slow ones.
const RUNS: Readonly<Record<string, number>> = {
  'emit-python': 150,
  'emit-json': 300,
  'emit-yaml': 100,
  'emit-cli': 200,
  'import-python': 500,
  'import-cli': 500,
  'import-json': 500,
  'import-yaml': 250,
  'share-link': 300,
  'saved-state': 500,
};

const oracles = startOracles();
afterAll(() => oracles.close());

describe('fuzzing (bounded)', () => {
  for (const target of FUZZ_TARGETS) {
    const missing = missingNeed(target.needs);
    const numRuns = RUNS[target.id.split('/')[0] ?? ''] ?? 100;
    it.skipIf(missing !== undefined)(`${target.id}${missing ? ` (skipped: ${missing})` : ''}`, async () => {
      const summary = await target.run(oracles, { seed: SEED, numRuns });
      expect(summary.report ?? '', `replay: npm run fuzz -- --replay ${target.id}:${summary.seed}:${summary.path}`).toBe('');
      expect(summary.numRuns).toBe(numRuns);
    });
  }
});
