import type { PyValue } from '../py/py-value';
import type { MemoryAnalysis, MemoryRun } from './analyse';
import { analyseMemory } from './analyse';
import type { FitVerdict } from './fit';
import type { MemorySetup } from './from-args';
import type { Gpu } from './gpus';
import type { WeightDtype } from './memory-inputs';
import { isLowBitOptimizer } from './optimizer-state';
import type { TimeSettings } from './time-cost';

/** Fixes that train the same model the same way, and fixes that change the numerics (and say so). */
export type FixGroup = 'same' | 'numerics';
export type FixId = 'gradient-checkpointing' | 'halve-batch' | 'shard' | 'optim-8bit' | 'bf16-load';

export interface MemoryFix {
  readonly id: FixId;
  readonly group: FixGroup;
  /** TrainingArguments to set, by their Python names. */
  readonly args: Readonly<Record<string, PyValue>>;
  /** The panel's load dtype to set (bf16 load), when the fix changes it. */
  readonly loadDtype: WeightDtype | null;
  readonly peakBefore: number;
  readonly peakAfter: number;
  readonly verdictAfter: FitVerdict;
  /** Wall-clock hours after ÷ before (null without a time estimate). */
  readonly timeFactor: number | null;
}

type Args = Readonly<Record<string, PyValue>>;

interface Candidate {
  readonly id: FixId;
  readonly group: FixGroup;
  readonly args: Readonly<Record<string, PyValue>>;
  readonly loadDtype: WeightDtype | null;
}

function candidates(args: Args, setup: MemorySetup, before: MemoryAnalysis, run: MemoryRun): Candidate[] {
  const out: Candidate[] = [];
  const { inputs } = before;
  if (!inputs.gradientCheckpointing) out.push({ id: 'gradient-checkpointing', group: 'same', args: { gradient_checkpointing: true }, loadDtype: null });
  const b = inputs.batchSize;
  const ga = typeof args.gradient_accumulation_steps === 'number' ? args.gradient_accumulation_steps : 1;
  // Only an even micro-batch halves without changing the global batch.
  if (b >= 2 && b % 2 === 0) {
    out.push({ id: 'halve-batch', group: 'same', args: { per_device_train_batch_size: b / 2, gradient_accumulation_steps: ga * 2 }, loadDtype: null });
  }
  if (run.processes > 1 && inputs.sharding !== 'zero3') out.push({ id: 'shard', group: 'same', args: { fsdp: 'full_shard auto_wrap' }, loadDtype: null });
  if (!isLowBitOptimizer(inputs.optimizer)) out.push({ id: 'optim-8bit', group: 'numerics', args: { optim: 'adamw_8bit' }, loadDtype: null });
  if (setup.loadDtype === 'float32') out.push({ id: 'bf16-load', group: 'numerics', args: args.fp16 === true ? {} : { bf16: true }, loadDtype: 'bfloat16' });
  return out;
}

/**
 * One-click fixes with their memory and time effect, each worked out by estimating the changed
 * configuration; fixes that would not lower the peak are left out.
 * @example suggestFixes(args, setup, run, gpu, settings, before).map((f) => f.id) // ['gradient-checkpointing', 'halve-batch', …]
 */
export function suggestFixes(args: Args, setup: MemorySetup, run: MemoryRun, gpu: Gpu, settings: TimeSettings, before: MemoryAnalysis): MemoryFix[] {
  return candidates(args, setup, before, run)
    .map((c): MemoryFix => {
      const after = analyseMemory({ ...args, ...c.args }, c.loadDtype === null ? setup : { ...setup, loadDtype: c.loadDtype }, run, gpu, settings);
      const timeFactor = before.time !== null && after.time !== null && before.time.hours > 0 ? after.time.hours / before.time.hours : null;
      return { ...c, peakBefore: before.estimate.peakBytes, peakAfter: after.estimate.peakBytes, verdictAfter: after.fit.verdict, timeFactor };
    })
    .filter((fix) => fix.peakAfter < fix.peakBefore);
}
