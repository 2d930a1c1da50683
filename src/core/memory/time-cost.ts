import type { MemoryEstimate } from './estimate';
import type { ModelShape } from './model-shape';

export interface TimeSettings {
  /** Model FLOPs utilisation, 0–1 (40 % by default). */
  readonly mfu: number;
  /** Price per GPU-hour in the user's currency, or null when not entered. */
  readonly pricePerGpuHour: number | null;
  /** Average tokens per sequence, or null for full-length sequences. */
  readonly averageLength: number | null;
}

export const DEFAULT_TIME_SETTINGS: TimeSettings = { mfu: 0.4, pricePerGpuHour: null, averageLength: null };

export interface TimeCost {
  readonly tokensPerStep: number;
  readonly totalTokens: number;
  /** Useful FLOPs per token: 6 × trainable + 4 × frozen + the attention term. */
  readonly flopsPerToken: number;
  readonly attentionFlopsPerToken: number;
  /** Checkpointing's recomputation, 2 × parameters per token: time, not useful work. */
  readonly recomputeFlopsPerToken: number;
  readonly totalFlops: number;
  readonly hours: number;
  readonly cost: number | null;
  /** The formula with the numbers in it, as the run panel shows the global batch. */
  readonly formula: string;
}

const compact = (n: number) => (n >= 1e3 ? n.toExponential(2).replace('e+', 'e') : String(Math.round(n * 100) / 100));

/**
 * Training time and cost from FLOPs (PaLM's convention): useful FLOPs per token are 6 × trainable
 * parameters + 4 × frozen ones (forward and input gradients through LoRA's frozen base) + 12 × L × h × s
 * for attention; hours = FLOPs / (GPUs × peak × MFU).
 * @example timeAndCost(estimate, shape, { globalBatch: 32, totalSteps: 1000, seqLen: 4096, gpus: 8, peakFlops: 989e12, checkpointing: false }, DEFAULT_TIME_SETTINGS).hours
 */
export function timeAndCost(
  estimate: Pick<MemoryEstimate, 'trainableParams' | 'totalParams'>,
  shape: ModelShape,
  run: {
    readonly globalBatch: number;
    readonly totalSteps: number;
    readonly seqLen: number;
    readonly gpus: number;
    readonly peakFlops: number;
    readonly checkpointing: boolean;
  },
  settings: TimeSettings,
): TimeCost {
  const seq = settings.averageLength !== null && settings.averageLength > 0 ? Math.min(settings.averageLength, run.seqLen) : run.seqLen;
  const frozen = estimate.totalParams - estimate.trainableParams;
  const attentionFlopsPerToken = 12 * shape.L * shape.a * shape.headDim * seq;
  const flopsPerToken = 6 * estimate.trainableParams + 4 * frozen + attentionFlopsPerToken;
  const recomputeFlopsPerToken = run.checkpointing ? 2 * estimate.totalParams : 0;
  const tokensPerStep = run.globalBatch * seq;
  const totalTokens = tokensPerStep * run.totalSteps;
  const totalFlops = (flopsPerToken + recomputeFlopsPerToken) * totalTokens;
  const throughput = run.gpus * run.peakFlops * settings.mfu;
  const hours = throughput > 0 ? totalFlops / throughput / 3600 : Infinity;
  const cost = settings.pricePerGpuHour === null ? null : hours * run.gpus * settings.pricePerGpuHour;
  const perToken = `(${frozen > 0 ? `6 × ${compact(estimate.trainableParams)} + 4 × ${compact(frozen)}` : `6 × ${compact(estimate.trainableParams)}`} + 12 × ${shape.L} × ${shape.a * shape.headDim} × ${seq}${run.checkpointing ? ` + 2 × ${compact(estimate.totalParams)}` : ''})`;
  const formula = `${perToken} FLOPs/token × ${run.globalBatch} × ${seq} tokens/step × ${run.totalSteps} steps ÷ (${run.gpus} GPU × ${compact(run.peakFlops)} FLOP/s × ${Math.round(settings.mfu * 100)} % MFU) = ${hours.toFixed(2)} h`;
  return { tokensPerStep, totalTokens, flopsPerToken, attentionFlopsPerToken, recomputeFlopsPerToken, totalFlops, hours, cost, formula };
}
