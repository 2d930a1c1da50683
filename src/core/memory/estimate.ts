import type { ActivationShape } from './activations';
import { checkpointBytes, layerBytes, outsideBytes, preBytes } from './activations';
import { adaptedInBlock, adapterTensors } from './lora';
import type { MemoryInputs } from './memory-inputs';
import { precisionOf, weightBytes } from './memory-inputs';
import type { Family } from './model-shape';
import { familyOf } from './model-shape';
import type { ParamTensor } from './model-tensors';
import { linearWeightCount, modelTensors, numel } from './model-tensors';
import { optimizerState } from './optimizer-state';
import { shardStates } from './sharding';

/** Bytes per component on one GPU (per rank when sharded), and the peak. */
export interface MemoryEstimate {
  readonly paramBytes: number;
  readonly gradBytes: number;
  readonly optimizerStateBytes: number;
  /** Saved activations, the logits term included, autocast weight copies not. */
  readonly activationBytes: number;
  /** Autocast copies of weights saved for backward. */
  readonly autocastWeightCopyBytes: number;
  /** The fp32 log-probabilities, 4·b·s·V: already inside `activationBytes`. */
  readonly logitsBytes: number;
  /** The README's peak rule (within about 2 % of the measured peaks). */
  readonly peakBytes: number;
  /** With checkpointing, the recomputed block may add up to 1.2 blocks of activations; equal to the peak otherwise. */
  readonly peakUpperBytes: number;
  readonly totalParams: number;
  readonly trainableParams: number;
  readonly family: Family;
  /** False when the architecture was estimated with the nearest measured family. */
  readonly familyMeasured: boolean;
  /** False when the optimizer's bytes come from its documentation, not a measurement. */
  readonly optimizerMeasured: boolean;
  /** One block's activations without checkpointing (the recompute cost under checkpointing). */
  readonly layerActivationBytes: number;
}

interface Trainables {
  readonly tensors: readonly { rows: number; cols: number; elementBytes: number }[];
  readonly params: number;
  readonly bytes: number;
}

function trainables(base: readonly ParamTensor[], adapters: readonly ParamTensor[] | null, baseBytes: number): Trainables {
  const tensors =
    adapters === null
      ? base.map((t) => ({ rows: t.rows, cols: t.cols, elementBytes: baseBytes }))
      : adapters.map((t) => ({ rows: t.rows, cols: t.cols, elementBytes: 4 }));
  const params = tensors.reduce((s, t) => s + (t.cols === 0 ? t.rows : t.rows * t.cols), 0);
  return { tensors, params, bytes: tensors.reduce((s, t) => s + (t.cols === 0 ? t.rows : t.rows * t.cols) * t.elementBytes, 0) };
}

/**
 * Bytes of every memory component for one training step, and the peak allocated bytes.
 * @example estimateMemory(inputs).peakBytes // 22_401_628 for the first public vector (within 0.05 %)
 */
export function estimateMemory(inputs: MemoryInputs): MemoryEstimate {
  const shape = inputs.model;
  const { family, measured: familyMeasured } = familyOf(shape);
  const precision = precisionOf(inputs);
  const e = weightBytes(inputs.weightDtype);
  const base = modelTensors(shape);
  const baseParams = base.reduce((s, t) => s + numel(t), 0);
  const adapters = inputs.lora === null ? null : adapterTensors(shape, inputs.lora);
  const train = trainables(base, adapters, e);
  const adapterParams = adapters === null ? 0 : train.params;
  const W = baseParams * e + (adapters === null ? 0 : train.bytes);
  const G = train.bytes;
  const opt = optimizerState(inputs.optimizer, inputs.optimizerImpl, inputs.optimArgs, train.tensors);

  const b = inputs.batchSize;
  const s = inputs.seqLen;
  const t = b * s;
  const gc = inputs.gradientCheckpointing;
  const x: ActivationShape = {
    family,
    precision,
    attn: inputs.attn,
    adapted: inputs.lora === null ? null : adaptedInBlock(shape, inputs.lora),
    r: inputs.lora?.r ?? 0,
  };
  const oneLayer = layerBytes(shape, x, b, s);
  const blocks = gc ? shape.L * checkpointBytes(shape, family, precision, t) : shape.L * oneLayer;
  let activationBytes = blocks + outsideBytes(shape, x, b, s, gc);

  const copies = autocastCopies(inputs, family, precision, e, adapterParams);
  activationBytes += copies.frozenSaved;
  const logitsBytes = 4 * t * shape.V;

  const sharded = shardStates(inputs, { W, G, O: opt.bytes }, base, e, adapters !== null);
  const A = activationBytes + copies.saved;
  const unsaved = precision === 'amp' && gc ? Math.max(0, copies.all - copies.saved - copies.frozenSaved) : 0;
  const tf = precision === 'fp32' ? 1 : 1.5;
  const tiedEmbeddingGrad = shape.tieWordEmbeddings && adapters === null ? 2 * shape.V * shape.h * e : 0;
  const peakWith = (recompute: number) => {
    const fwd = Math.max(A + unsaved + tf * logitsBytes, gc ? A + unsaved + recompute : 0);
    const bwd = Math.max(A + 2 * logitsBytes + (gc ? recompute - oneLayer : 0), sharded.G + preBytes(shape, family, precision, b, s) + tiedEmbeddingGrad);
    const transient = inputs.optimizer.includes('adafactor') || inputs.optimizerImpl !== 'fused' ? opt.stepTransientBytes : 0;
    return sharded.W + sharded.gatheredW + Math.max(sharded.O + Math.max(fwd, bwd) + sharded.gatheredG, sharded.G + sharded.O + transient);
  };
  return {
    paramBytes: sharded.W,
    gradBytes: sharded.G,
    optimizerStateBytes: sharded.O,
    activationBytes,
    autocastWeightCopyBytes: copies.saved,
    logitsBytes,
    peakBytes: Math.round(peakWith(oneLayer)),
    peakUpperBytes: Math.round(gc ? peakWith(2.2 * oneLayer) : peakWith(oneLayer)),
    totalParams: baseParams + adapterParams,
    trainableParams: train.params,
    family,
    familyMeasured,
    optimizerMeasured: opt.measured,
    layerActivationBytes: oneLayer,
  };
}

interface Copies {
  /** Copies of trainable weights saved for backward (`autocast_weight_copy_bytes`). */
  readonly saved: number;
  /** Copies of frozen weights saved for backward: no grad path back to a parameter, so counted as activations. */
  readonly frozenSaved: number;
  /** Every copy alive at the end of an autocast forward (the cache clears only at autocast exit). */
  readonly all: number;
}

/**
 * Autocast weight copies (README section 2). fp32 weights under autocast: a 16-bit copy of every
 * Linear weight; with checkpointing only the head's (and BERT's MLM transform's) stays saved.
 * 16-bit weights: LayerNorm runs in fp32, so each LayerNorm's weight and bias are cast to fp32.
 * LoRA adapters are fp32, so under autocast their copies are the trainable ones.
 */
function autocastCopies(inputs: MemoryInputs, family: Family, precision: string, e: number, adapterParams: number): Copies {
  const shape = inputs.model;
  const gc = inputs.gradientCheckpointing;
  const lora = inputs.lora !== null;
  const none = { saved: 0, frozenSaved: 0, all: 0 };
  if (precision === 'fp32') return none;
  const head = 2 * shape.V * shape.h + (family === 'bert' ? 2 * shape.h * shape.h : 0);
  const adapterCopies = gc ? 0 : 2 * adapterParams;
  if (precision === 'amp') {
    const baseCopies = 2 * linearWeightCount(shape);
    if (!lora) return { saved: gc ? head : baseCopies, frozenSaved: 0, all: baseCopies };
    return { saved: adapterCopies, frozenSaved: gc ? head : baseCopies, all: baseCopies + 2 * adapterParams };
  }
  // 16-bit weights: only LayerNorm families cast (RMSNorm multiplies in the input dtype).
  const lnBytes = family === 'llama' || e === 4 ? 0 : 8 * shape.h;
  const outsideNorms = family === 'bert' ? 2 : 1;
  const norms = lnBytes * (gc ? outsideNorms : 2 * shape.L + outsideNorms);
  return lora ? { saved: adapterCopies, frozenSaved: norms, all: adapterCopies + norms } : { saved: norms, frozenSaved: 0, all: norms };
}
