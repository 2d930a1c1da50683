import type { PyValue } from '../py/py-value';
import type { MemoryEstimate } from './estimate';
import { estimateMemory } from './estimate';
import type { Fit } from './fit';
import { fitOn } from './fit';
import type { MemorySetup } from './from-args';
import { memoryInputsFromArgs } from './from-args';
import type { Gpu } from './gpus';
import type { MemoryInputs } from './memory-inputs';
import type { MemoryNote } from './notes';
import { knownOptimizer } from './optimizer-state';
import type { TimeCost, TimeSettings } from './time-cost';
import { timeAndCost } from './time-cost';

/** The run facts the estimate needs from the run preview. */
export interface MemoryRun {
  readonly processes: number;
  /** From the step plan; null while it cannot be worked out (then no time or cost). */
  readonly globalBatch: number | null;
  readonly totalSteps: number | null;
}

export interface MemoryAnalysis {
  readonly inputs: MemoryInputs;
  readonly estimate: MemoryEstimate;
  readonly fit: Fit;
  readonly time: TimeCost | null;
  readonly notes: readonly MemoryNote[];
}

type Args = Readonly<Record<string, PyValue>>;

function notesFor(inputs: MemoryInputs, estimate: MemoryEstimate): MemoryNote[] {
  const notes: MemoryNote[] = [];
  if (inputs.autocast === 'float16' || inputs.weightDtype === 'float16') notes.push({ code: 'fp16', params: {} });
  if (inputs.weightDtype !== 'float32' && inputs.autocast === null) notes.push({ code: 'noAutocast16', params: {} });
  if (!estimate.familyMeasured) notes.push({ code: 'nearestFamily', params: { arch: inputs.model.arch, family: estimate.family } });
  if (!knownOptimizer(inputs.optimizer)) notes.push({ code: 'unknownOptimizer', params: { optim: inputs.optimizer } });
  else if (!estimate.optimizerMeasured) notes.push({ code: 'documentedOptimizer', params: { optim: inputs.optimizer } });
  // LoRA was measured for Llama and GPT-2 in fp32 and bf16 weights only.
  if (inputs.lora !== null && (estimate.family === 'bert' || (inputs.weightDtype === 'float32' && inputs.autocast !== null))) {
    notes.push({ code: 'loraActivations', params: {} });
  }
  return notes;
}

/**
 * The memory answer for one configuration: the estimate, the fit on the GPU, time and cost, and
 * what the estimate stands on.
 * @example analyseMemory(args, setup, { processes: 1, globalBatch: 8, totalSteps: 100 }, gpu, DEFAULT_TIME_SETTINGS).fit.verdict
 */
export function analyseMemory(args: Args, setup: MemorySetup, run: MemoryRun, gpu: Gpu, settings: TimeSettings): MemoryAnalysis {
  const { inputs, notes } = memoryInputsFromArgs(args, setup, run.processes);
  const estimate = estimateMemory(inputs);
  const workspace = inputs.attn === 'flash_attention_2' ? 4 * inputs.batchSize * inputs.seqLen * inputs.model.h : 0;
  const fit = fitOn(estimate, gpu.memoryBytes, workspace);
  const time =
    run.globalBatch === null || run.totalSteps === null
      ? null
      : timeAndCost(
          estimate,
          inputs.model,
          {
            globalBatch: run.globalBatch,
            totalSteps: run.totalSteps,
            seqLen: inputs.seqLen,
            gpus: run.processes,
            peakFlops: gpu.peakFlops,
            checkpointing: inputs.gradientCheckpointing,
          },
          settings,
        );
  return { inputs, estimate, fit, time, notes: [...notes, ...notesFor(inputs, estimate)] };
}
