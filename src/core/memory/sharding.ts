import type { MemoryInputs } from './memory-inputs';
import type { ParamTensor } from './model-tensors';
import { numel } from './model-tensors';

export interface ShardedStates {
  /** Resident per-rank bytes of weights, gradients and optimizer states. */
  readonly W: number;
  readonly G: number;
  readonly O: number;
  /** ZeRO-3/FULL_SHARD: the all-gathered block(s) in compute dtype, two with prefetch. */
  readonly gatheredW: number;
  /** ZeRO-3/FULL_SHARD: the unsharded gradients of the block being reduced. */
  readonly gatheredG: number;
}

/**
 * Per-rank model states over N data-parallel ranks (README section 7): ZeRO-1 divides optimizer
 * states, ZeRO-2 / SHARD_GRAD_OP also gradients, ZeRO-3 / FULL_SHARD also weights. Activations,
 * logits and autocast copies are never divided by data parallelism.
 * @example shardStates({ ...inputs, sharding: 'zero1', worldSize: 4 }, { W, G, O }, …).O // O / 4
 */
export function shardStates(
  inputs: Pick<MemoryInputs, 'sharding' | 'worldSize' | 'weightDtype' | 'autocast'>,
  states: { W: number; G: number; O: number },
  base: readonly ParamTensor[],
  e: number,
  lora: boolean,
): ShardedStates {
  const n = Math.max(1, inputs.worldSize);
  const { W, G, O } = states;
  const div = (bytes: number) => Math.ceil(bytes / n);
  switch (inputs.sharding) {
    case 'zero1':
      return { W, G, O: div(O), gatheredW: 0, gatheredG: 0 };
    case 'zero2':
      return { W, G: div(G), O: div(O), gatheredW: 0, gatheredG: 0 };
    case 'zero3': {
      if (n === 1) return { W, G, O, gatheredW: 0, gatheredG: 0 };
      const block = blockElements(base);
      const compute = inputs.autocast === null ? e : 2;
      return { W: div(W), G: div(G), O: div(O), gatheredW: 2 * block * compute, gatheredG: lora ? 0 : block * e };
    }
    default:
      return { W, G, O, gatheredW: 0, gatheredG: 0 };
  }
}

/** Elements of the largest wrapped unit: a block, or the embedding when it is larger. */
function blockElements(base: readonly ParamTensor[]): number {
  const perLayer = new Map<number | null, number>();
  for (const t of base) perLayer.set(t.layer, (perLayer.get(t.layer) ?? 0) + numel(t));
  const largestOutside = Math.max(0, ...base.filter((t) => t.layer === null).map(numel));
  return Math.max(largestOutside, ...[...perLayer.entries()].filter(([k]) => k !== null).map(([, v]) => v));
}
