import type { AttnImplementation, Precision } from './memory-inputs';
import type { Family, ModelShape } from './model-shape';
import { kvWidth } from './model-shape';

/**
 * Saved-activation formulas (README section 3): bytes per token per layer, per token outside the
 * layers, and the s² terms of eager attention. Full fine-tuning uses the measured least-squares fits;
 * LoRA removes what frozen Linears no longer save (derived from the same census: a frozen Linear
 * keeps no input, a frozen norm weight no normalised value) and adds each adapter's saved input and
 * rank-r intermediate.
 */
export interface ActivationShape {
  readonly family: Family;
  readonly precision: Precision;
  readonly attn: AttnImplementation;
  /** Modules of one block carrying an adapter, or null for full fine-tuning. */
  readonly adapted: ReadonlySet<string> | null;
  readonly r: number;
}

type Mode = { readonly fp32: number; readonly amp: number; readonly bf16: number };
const pick = (m: Mode, p: Precision) => m[p];
const eager = (attn: AttnImplementation) => attn === 'eager';

/** How many of these modules carry an adapter. */
function adapters(adapted: ReadonlySet<string>, ...modules: string[]): number {
  return modules.filter((m) => adapted.has(m)).length;
}

function llamaLayer(s: ModelShape, x: ActivationShape): number {
  const { h, I, a } = s;
  const k = kvWidth(s);
  const wide = x.precision === 'fp32';
  if (x.adapted === null) {
    if (eager(x.attn)) return pick({ fp32: 40 * h + 16 * I + 8, amp: 34 * h + 8 * I + 8, bf16: 24 * h + 8 * I + 8 }, x.precision);
    return pick({ fp32: 32 * h + 8 * k + 16 * I + 4 * a + 8, amp: 30 * h + 4 * k + 8 * I + 4 * a + 8, bf16: 20 * h + 4 * k + 8 * I + 4 * a + 8 }, x.precision);
  }
  const ad = x.adapted;
  const qkv = adapters(ad, 'q_proj', 'k_proj', 'v_proj');
  const gateUp = adapters(ad, 'gate_proj', 'up_proj');
  const all = qkv + gateUp + adapters(ad, 'o_proj', 'down_proj');
  // Both norms keep their (fp32) input and rsqrt; attention keeps q, k, v, the output and the logsumexp.
  const norms = 8 * h + 8;
  if (wide) {
    const attention = eager(x.attn) ? 16 * h : 8 * h + 8 * k + 4 * a;
    // fp32 adapters share the norm output (no cast); o_proj's input is attention's saved output.
    return norms + (qkv > 0 ? 4 * h : 0) + (gateUp > 0 ? 4 * h : 0) + attention + 12 * I + (ad.has('down_proj') ? 4 * I : 0) + 4 * x.r * all;
  }
  const attention = eager(x.attn) ? 8 * h : 4 * h + 4 * k + 4 * a;
  // peft casts each adapter's input to fp32 and autocast back to bf16: one 16-bit copy per adapter.
  return norms + 2 * h * (qkv + gateUp + adapters(ad, 'o_proj')) + (ad.has('down_proj') ? 2 * I : 0) + attention + 6 * I + 2 * x.r * all;
}

function gpt2Layer(s: ModelShape, x: ActivationShape): number {
  const { h, I, a } = s;
  const lse = eager(x.attn) ? 0 : 4 * a;
  const wide = x.precision === 'fp32';
  if (x.adapted === null) return (wide ? 34 * h + 20 * I : 22 * h + 16 * I) + lse + 16;
  const ad = x.adapted;
  const all = adapters(ad, 'c_attn', 'attn.c_proj', 'c_fc', 'mlp.c_proj');
  if (wide) return 26 * h + 16 * I + lse + 16 + 4 * h * adapters(ad, 'c_attn', 'c_fc') + (ad.has('mlp.c_proj') ? 4 * I : 0) + 4 * x.r * all;
  return 18 * h + 14 * I + lse + 16 + 2 * h * adapters(ad, 'c_attn', 'attn.c_proj', 'c_fc') + (ad.has('mlp.c_proj') ? 2 * I : 0) + 2 * x.r * all;
}

function bertLayer(s: ModelShape, x: ActivationShape): number {
  const { h, I, a } = s;
  const lse = eager(x.attn) ? 0 : 4 * a;
  const wide = x.precision === 'fp32';
  if (x.adapted === null) return (wide ? 34 * h + 8 * I : 26 * h + 4 * I) + lse + 16;
  const ad = x.adapted;
  const qkvo = ['attention.self.query', 'attention.self.key', 'attention.self.value', 'attention.output.dense'];
  const all = adapters(ad, ...qkvo, 'intermediate.dense', 'output.dense');
  if (wide) {
    const anyQkv = adapters(ad, ...qkvo.slice(0, 3)) > 0;
    return 26 * h + 4 * I + lse + 16 + (anyQkv ? 4 * h : 0) + (ad.has('intermediate.dense') ? 4 * h : 0) + (ad.has('output.dense') ? 4 * I : 0) + 4 * x.r * all;
  }
  return 18 * h + 2 * I + lse + 16 + 2 * h * adapters(ad, ...qkvo, 'intermediate.dense') + (ad.has('output.dense') ? 2 * I : 0) + 2 * x.r * all;
}

const LAYER: Readonly<Record<Family, (s: ModelShape, x: ActivationShape) => number>> = { llama: llamaLayer, gpt2: gpt2Layer, bert: bertLayer };

/** Bytes per b·a·s² of eager attention's probabilities (0 under SDPA/flash, which keep a logsumexp instead). */
export function eagerSquareBytes(family: Family, precision: Precision): number {
  if (family === 'llama') return precision === 'fp32' ? 4 : 6;
  return precision === 'fp32' ? 9 : 7;
}

/**
 * One block's saved bytes without checkpointing, for b sequences of s tokens.
 * @example layerBytes(llama, { family: 'llama', precision: 'fp32', attn: 'sdpa', adapted: null, r: 0 }, 2, 128)
 */
export function layerBytes(s: ModelShape, x: ActivationShape, b: number, seq: number): number {
  const t = b * seq;
  let bytes = LAYER[x.family](s, x) * t;
  if (eager(x.attn)) {
    bytes += eagerSquareBytes(x.family, x.precision) * b * s.a * seq * seq;
    // MQA with one sequence: repeat_kv returns a view, so k and v are saved unrepeated.
    if (x.family === 'llama' && s.kvHeads === 1 && b === 1) bytes -= 2 * (s.a * s.headDim - kvWidth(s)) * (x.precision === 'fp32' ? 4 : 2) * t;
  }
  return bytes;
}

/** What gradient checkpointing keeps per block: its input (the residual stream's dtype; BERT's LayerNorm output is fp32). */
export function checkpointBytes(s: ModelShape, family: Family, precision: Precision, t: number): number {
  const perToken = precision === 'bf16' && family !== 'bert' ? 2 * s.h : 4 * s.h;
  return perToken * t;
}

const OUTSIDE_H: Readonly<Record<Family, { full: Mode; lora: Mode }>> = {
  // Final norm (and, when the head trains, its normalised value and the head's input).
  llama: { full: { fp32: 12, amp: 10, bf16: 8 }, lora: { fp32: 4, amp: 4, bf16: 4 } },
  gpt2: { full: { fp32: 9, amp: 7, bf16: 7 }, lora: { fp32: 5, amp: 5, bf16: 5 } },
  bert: { full: { fp32: 21, amp: 15, bf16: 15 }, lora: { fp32: 13, amp: 11, bf16: 11 } },
};
const OUTSIDE_CONST: Readonly<Record<Family, number>> = { llama: 20, gpt2: 24, bert: 32 };

/**
 * Bytes saved outside the blocks: embeddings, final norm, head and the fp32 log-softmax (4·V per
 * token, the logits term, in every mode), with the per-sequence extras.
 */
export function outsideBytes(s: ModelShape, x: ActivationShape, b: number, seq: number, checkpointing: boolean): number {
  const t = b * seq;
  const coef = pick(OUTSIDE_H[x.family][x.adapted === null ? 'full' : 'lora'], x.precision);
  let bytes = (4 * s.V + coef * s.h + OUTSIDE_CONST[x.family]) * t;
  const causalMask = eager(x.attn) && checkpointing ? (x.precision === 'bf16' ? 2 : 4) * b * seq * seq : 0;
  if (x.family === 'llama') {
    // rotary cos/sin per sequence, and under checkpointing the position ids each block is called with
    bytes += (x.precision === 'bf16' ? 4 : 8) * seq * s.headDim + 12 + (checkpointing ? 8 * seq : 0) + causalMask;
  } else if (x.family === 'gpt2') {
    bytes += 8 * seq + 12 + causalMask;
  } else {
    bytes += 8 * seq + 4;
  }
  return bytes;
}

/** Bytes saved before the first block (embedding indices, and for GPT-2/BERT the embedding dropout and norm). */
export function preBytes(s: ModelShape, family: Family, precision: Precision, b: number, seq: number): number {
  const t = b * seq;
  if (family === 'llama') return 8 * t;
  if (family === 'gpt2') return 8 * t + 8 * seq + s.h * t;
  return 16 * t + 8 * seq + (precision === 'fp32' ? 8 : 6) * s.h * t;
}
