import type { ModelShape } from './model-shape';

/** How the weights are held and the forward runs; the README's three measured precision modes. */
export type Precision = 'fp32' | 'amp' | 'bf16';
export type WeightDtype = 'float32' | 'bfloat16' | 'float16';
export type AttnImplementation = 'sdpa' | 'eager' | 'flash_attention_2';
/** fused and foreach keep no per-tensor loop; the for-loop path steps one tensor at a time. */
export type OptimizerImpl = 'fused' | 'foreach' | 'forloop';
export const SHARDINGS = ['none', 'ddp', 'zero1', 'zero2', 'zero3'] as const;
/** Data-parallel sharding: FSDP SHARD_GRAD_OP is zero2, FULL_SHARD is zero3. */
export type Sharding = (typeof SHARDINGS)[number];

export interface LoraSettings {
  readonly r: number;
  /** peft `target_modules` names (q_proj, v_proj, c_attn, query…). */
  readonly targets: readonly string[];
}

/** Everything the estimate is a function of: the arguments, the model and the run. */
export interface MemoryInputs {
  readonly model: ModelShape;
  readonly weightDtype: WeightDtype;
  readonly autocast: 'bfloat16' | 'float16' | null;
  readonly optimizer: string;
  readonly optimizerImpl: OptimizerImpl;
  /** `optim_args` ("momentum=0.9,centered=True"), read by the optimizers whose state depends on it. */
  readonly optimArgs: string | null;
  readonly batchSize: number;
  readonly seqLen: number;
  readonly attn: AttnImplementation;
  readonly gradientCheckpointing: boolean;
  readonly lora: LoraSettings | null;
  readonly worldSize: number;
  readonly sharding: Sharding;
}

/**
 * The measured mode the inputs fall in. fp16 was not measured: it has bf16's byte sizes, so it is
 * estimated as bf16. 16-bit weights without autocast run the bf16 path (identical for Llama code).
 * @example precisionOf({ weightDtype: 'float32', autocast: 'bfloat16' }) // 'amp'
 */
export function precisionOf(inputs: Pick<MemoryInputs, 'weightDtype' | 'autocast'>): Precision {
  if (inputs.weightDtype !== 'float32') return 'bf16';
  return inputs.autocast === null ? 'fp32' : 'amp';
}

/** Bytes per weight (and gradient) element of the loaded model. */
export function weightBytes(dtype: WeightDtype): number {
  return dtype === 'float32' ? 4 : 2;
}
