import { afterAll, describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/core/target/target';
import { FUZZ_TARGETS } from './fuzz-targets';
import { missingNeed, startOracles } from './oracles';

// `npm test` runs a bounded number of cases per target with a fixed seed, so a failure replays as is;
// `npm run fuzz` runs the long campaign with fresh seeds.
const SEED = 20261205;
// Cases per kind of target (the part of its id before the slash), sized so the whole file takes about 30 s
// on a busy 2-core machine: python3 and PyYAML checks are the slow ones.
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
    // Emitters and importers run once per version target: their cases are shared out among the targets.
    const perTarget = target.id.includes('/') && TARGETS.some((t) => target.id.endsWith(`/${t}`));
    const total = RUNS[target.id.split('/')[0] ?? ''] ?? 100;
    const numRuns = perTarget ? Math.max(10, Math.ceil((2 * total) / TARGETS.length)) : total;
    it.skipIf(missing !== undefined)(`${target.id}${missing ? ` (skipped: ${missing})` : ''}`, async () => {
      const summary = await target.run(oracles, { seed: SEED, numRuns });
      expect(summary.report ?? '', `replay: npm run fuzz -- --replay ${target.id}:${summary.seed}:${summary.path}`).toBe('');
      expect(summary.numRuns).toBe(numRuns);
    });
  }
});
