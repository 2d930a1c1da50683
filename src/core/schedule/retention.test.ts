import { describe, expect, it } from 'vitest';
import type { BestAssumption, RetentionInput } from './retention';
import { replayRetention, retention } from './retention';

/**
 * A literal transcription of Trainer._sorted_checkpoints / _rotate_checkpoints and the end-of-training
 * cleanup, with folder names and swaps, to check the replay against.
 */
function referenceKept(input: RetentionInput, assumption: BestAssumption): number[] {
  const saves = Array.isArray(input.saveSteps) ? input.saveSteps : [];
  const limit = input.totalLimit;
  const folders: string[] = [];
  let bestGlobalStep = 0;
  let bestModelCheckpoint: string | null = null;
  let evaluations = 0;
  const steps = [...new Set([...input.evalSteps, ...saves])].sort((a, b) => a - b);
  for (const step of steps) {
    if (input.evalSteps.includes(step)) {
      const newBest = assumption === 'improves-every-eval' || evaluations === 0;
      evaluations++;
      if (input.tracksBest && newBest) bestGlobalStep = step;
    }
    if (!saves.includes(step)) continue;
    folders.push(`checkpoint-${step}`);
    if (bestGlobalStep && folders.includes(`checkpoint-${bestGlobalStep}`)) bestModelCheckpoint = `checkpoint-${bestGlobalStep}`;
    if (limit === null || limit <= 0) continue;
    const sorted = [...folders];
    if (bestModelCheckpoint !== null && sorted.includes(bestModelCheckpoint)) {
      const index = sorted.indexOf(bestModelCheckpoint);
      for (let i = index; i < sorted.length - 2; i++) [sorted[i], sorted[i + 1]] = [sorted[i + 1]!, sorted[i]!];
    }
    if (sorted.length <= limit) continue;
    let keep = limit;
    if (bestModelCheckpoint !== null && limit === 1 && sorted[sorted.length - 1] !== bestModelCheckpoint) keep = 2;
    for (const doomed of sorted.slice(0, Math.max(0, sorted.length - keep))) folders.splice(folders.indexOf(doomed), 1);
  }
  const final = bestModelCheckpoint !== null && limit === 1 ? folders.filter((f) => f === bestModelCheckpoint) : folders;
  return final.map((f) => Number(f.slice('checkpoint-'.length)));
}

describe('retention', () => {
  it('keeps every checkpoint without a limit', () => {
    const r = retention({ saveSteps: [10, 20, 30], evalSteps: [], totalLimit: null, tracksBest: false });
    expect(r.likely.kept).toEqual([10, 20, 30]);
    expect(r.limit).toBeNull();
    expect(retention({ saveSteps: [10, 20, 30], evalSteps: [], totalLimit: 0, tracksBest: false }).likely.kept).toEqual([10, 20, 30]);
  });

  it('keeps the newest checkpoints when no best is tracked', () => {
    const r = retention({ saveSteps: [10, 20, 30, 40], evalSteps: [10, 20, 30, 40], totalLimit: 2, tracksBest: false });
    expect(r.likely.kept).toEqual([30, 40]);
    expect(r.earlyBest.kept).toEqual([30, 40]);
    expect(r.likely.mostOnDisk).toBe(3);
  });

  it('protects an early best checkpoint besides the newest ones', () => {
    const r = retention({ saveSteps: [10, 20, 30, 40], evalSteps: [10, 20, 30, 40], totalLimit: 2, tracksBest: true });
    expect(r.likely).toMatchObject({ kept: [30, 40], best: 40 });
    expect(r.earlyBest).toMatchObject({ kept: [10, 40], best: 10 });
  });

  it('keeps two folders during training with limit 1 and leaves only the best at the end', () => {
    // The final forced save at 25 is not evaluated, so the best stays at 20.
    const input = { saveSteps: [10, 20, 25], evalSteps: [10, 20], totalLimit: 1, tracksBest: true };
    expect(replayRetention(input, 'improves-every-eval')).toMatchObject({ kept: [20], best: 20, mostOnDisk: 2 });
    expect(replayRetention(input, 'best-at-first-eval')).toMatchObject({ kept: [10], best: 10 });
  });

  it('keeps only the newest with limit 1 when nothing is tracked', () => {
    expect(retention({ saveSteps: [10, 20, 25], evalSteps: [], totalLimit: 1, tracksBest: false }).likely.kept).toEqual([25]);
  });

  it('saves only at new bests under save_strategy "best"', () => {
    const r = retention({ saveSteps: { kind: 'best', candidates: [5, 10, 15] }, evalSteps: [5, 10, 15], totalLimit: 2, tracksBest: true });
    expect(r.likely).toMatchObject({ saved: [5, 10, 15], kept: [10, 15] });
    expect(r.earlyBest).toMatchObject({ saved: [5], kept: [5] });
  });

  it('agrees with a literal transcription of the Trainer on varied runs', () => {
    let seed = 11;
    const next = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    for (let round = 0; round < 400; round++) {
      const T = 5 + next(60);
      const every = 1 + next(9);
      const evalEvery = 1 + next(9);
      const saveSteps = [...Array.from({ length: Math.floor(T / every) }, (_, i) => (i + 1) * every)];
      if (saveSteps.at(-1) !== T) saveSteps.push(T);
      const evalSteps = next(3) === 0 ? [] : Array.from({ length: Math.floor(T / evalEvery) }, (_, i) => (i + 1) * evalEvery);
      const input: RetentionInput = { saveSteps, evalSteps, totalLimit: [null, 0, 1, 2, 3][next(5)]!, tracksBest: next(2) === 0 };
      for (const assumption of ['improves-every-eval', 'best-at-first-eval'] as const) {
        expect(replayRetention(input, assumption).kept).toEqual(referenceKept(input, assumption));
      }
    }
  });
});
