import type { AttnImplementation, LoraSettings, MemoryInputs, OptimizerImpl, Sharding, WeightDtype } from './memory-inputs';
import { SHARDINGS } from './memory-inputs';
import type { ModelShape } from './model-shape';
import type { MemoryEstimate } from './estimate';
import { defaultOptimizerImpl } from './optimizer-state';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function count(obj: Json, key: string, where: string, min = 1): number | string {
  const v = obj[key];
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= min) return v;
  return `${where}"${key}" must be a whole number ≥ ${min}, got ${JSON.stringify(v)}`;
}

function oneOf<T extends string>(obj: Json, key: string, choices: readonly T[], fallback: T | undefined, where = ''): T | string {
  const v = obj[key] ?? fallback;
  if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
  return `${where}"${key}" must be one of ${choices.map((c) => `"${c}"`).join(', ')}, got ${JSON.stringify(obj[key])}`;
}

/**
 * Reads a model object of the vector format ({"arch", "h", "L", "a", "kv_heads", "head_dim", "I",
 * "V", "n_positions", "tie_word_embeddings", "type_vocab", "mlp", "norm", "qkv_bias"}).
 */
export function parseModelShape(value: unknown): Parsed<ModelShape> {
  if (!isObject(value)) return { ok: false, message: '"model" must be an object of config numbers (h, L, a, kv_heads, head_dim, I, V…)' };
  const w = 'model.';
  const nums = {
    h: count(value, 'h', w),
    L: count(value, 'L', w),
    a: count(value, 'a', w),
    I: count(value, 'I', w),
    V: count(value, 'V', w),
    kv: count(value, 'kv_heads', w),
    d: value.head_dim === undefined ? null : count(value, 'head_dim', w),
    n: value.n_positions === undefined ? 0 : count(value, 'n_positions', w, 0),
    type: value.type_vocab === undefined ? 0 : count(value, 'type_vocab', w, 0),
  };
  for (const v of Object.values(nums)) if (typeof v === 'string') return { ok: false, message: v };
  const n = nums as Record<keyof typeof nums, number | null>;
  const mlp = oneOf(value, 'mlp', ['swiglu', 'gelu'] as const, 'swiglu', w);
  const norm = oneOf(value, 'norm', ['rmsnorm', 'layernorm'] as const, 'rmsnorm', w);
  if (mlp !== 'swiglu' && mlp !== 'gelu') return { ok: false, message: mlp };
  if (norm !== 'rmsnorm' && norm !== 'layernorm') return { ok: false, message: norm };
  const arch = typeof value.arch === 'string' && value.arch !== '' ? value.arch : 'unknown';
  return {
    ok: true,
    value: {
      arch,
      h: n.h!,
      L: n.L!,
      a: n.a!,
      kvHeads: n.kv!,
      headDim: n.d ?? n.h! / n.a!,
      I: n.I!,
      V: n.V!,
      nPositions: n.n!,
      tieWordEmbeddings: value.tie_word_embeddings === true,
      typeVocab: n.type!,
      mlp,
      norm,
      qkvBias: value.qkv_bias === true,
    },
  };
}

const isWeightDtype = (v: string): v is WeightDtype => ['float32', 'bfloat16', 'float16'].includes(v);
const isAttn = (v: string): v is AttnImplementation => ['sdpa', 'eager', 'flash_attention_2'].includes(v);

const SHARDING_ALIASES: Readonly<Record<string, Sharding>> = {
  none: 'none',
  ddp: 'ddp',
  no_shard: 'ddp',
  zero1: 'zero1',
  zero_1: 'zero1',
  zero2: 'zero2',
  zero_2: 'zero2',
  zero3: 'zero3',
  zero_3: 'zero3',
  shard_grad_op: 'zero2',
  fsdp_shard_grad_op: 'zero2',
  full_shard: 'zero3',
  fsdp_full_shard: 'zero3',
  hybrid_shard: 'zero3',
  hybrid_shard_zero2: 'zero2',
};

function parseLora(value: unknown): Parsed<LoraSettings | null> {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (!isObject(value)) return { ok: false, message: '"lora" must be null or {"r": N, "targets": [...]}' };
  const r = count(value, 'r', 'lora.');
  if (typeof r === 'string') return { ok: false, message: r };
  const targets = value.targets ?? value.target_modules;
  if (!Array.isArray(targets) || targets.length === 0 || !targets.every((t) => typeof t === 'string')) {
    return { ok: false, message: '"lora.targets" must be a non-empty list of module names, e.g. ["q_proj", "v_proj"]' };
  }
  return { ok: true, value: { r, targets } };
}

/**
 * Reads a memory vector's `inputs` object (README section 6) into estimator inputs.
 * @example parseVectorInputs(JSON.parse(line).inputs).ok // true
 */
export function parseVectorInputs(value: unknown): Parsed<MemoryInputs> {
  if (!isObject(value)) return { ok: false, message: 'the inputs must be a JSON object with "model", "weight_dtype", "batch_size", "seq_len"…' };
  const model = parseModelShape(value.model);
  if (!model.ok) return model;
  const dtype = oneOf(value, 'weight_dtype', ['float32', 'bfloat16', 'float16'] as const, 'float32');
  const attn = oneOf(value, 'attn_implementation', ['sdpa', 'eager', 'flash_attention_2'] as const, 'sdpa');
  const autocast = value.autocast === 'bf16' ? 'bfloat16' : value.autocast === 'fp16' ? 'float16' : (value.autocast ?? null);
  const batch = count(value, 'batch_size', '');
  const seq = count(value, 'seq_len', '');
  const world = value.world_size === undefined ? 1 : count(value, 'world_size', '');
  const lora = parseLora(value.lora);
  for (const v of [batch, seq, world]) if (typeof v === 'string') return { ok: false, message: v };
  if (!isWeightDtype(dtype)) return { ok: false, message: dtype };
  if (!isAttn(attn)) return { ok: false, message: attn };
  if (autocast !== null && autocast !== 'bfloat16' && autocast !== 'float16') {
    return { ok: false, message: `"autocast" must be null, "bfloat16" or "float16", got ${JSON.stringify(autocast)}` };
  }
  if (!lora.ok) return lora;
  const optimizer = typeof value.optimizer === 'string' ? value.optimizer : 'adamw_torch_fused';
  if (value.optimizer_impl !== undefined && typeof value.optimizer_impl !== 'string') {
    return { ok: false, message: `"optimizer_impl" must be "fused", "foreach" or "forloop", got ${JSON.stringify(value.optimizer_impl)}` };
  }
  // Any other spelling (for-loop, single_tensor…) is torch's per-tensor path.
  const impl: OptimizerImpl =
    value.optimizer_impl === undefined
      ? defaultOptimizerImpl(optimizer)
      : value.optimizer_impl === 'fused' || value.optimizer_impl === 'foreach'
        ? value.optimizer_impl
        : 'forloop';
  const sharding = SHARDING_ALIASES[String(value.sharding ?? 'none').toLowerCase()];
  if (sharding === undefined) {
    return { ok: false, message: `"sharding" must be one of ${SHARDINGS.join(', ')} (or an FSDP strategy name), got ${JSON.stringify(value.sharding)}` };
  }
  return {
    ok: true,
    value: {
      model: model.value,
      weightDtype: dtype,
      autocast,
      optimizer,
      optimizerImpl: impl,
      optimArgs: typeof value.optim_args === 'string' ? value.optim_args : null,
      batchSize: batch as number,
      seqLen: seq as number,
      attn,
      gradientCheckpointing: value.gradient_checkpointing === true,
      lora: lora.value,
      worldSize: world as number,
      sharding,
    },
  };
}

/**
 * The flat JSON answer: the vector `expected` keys, then extras.
 * @example estimateJson(estimateMemory(inputs)).peak_allocated_bytes
 */
export function estimateJson(estimate: MemoryEstimate): Record<string, number | string | boolean> {
  return {
    param_bytes: estimate.paramBytes,
    grad_bytes: estimate.gradBytes,
    optimizer_state_bytes: estimate.optimizerStateBytes,
    activation_bytes: estimate.activationBytes,
    autocast_weight_copy_bytes: estimate.autocastWeightCopyBytes,
    logits_bytes: estimate.logitsBytes,
    peak_allocated_bytes: estimate.peakBytes,
    peak_allocated_upper_bytes: estimate.peakUpperBytes,
    total_params: estimate.totalParams,
    trainable_params: estimate.trainableParams,
    family: estimate.family,
    family_measured: estimate.familyMeasured,
    optimizer_measured: estimate.optimizerMeasured,
  };
}
