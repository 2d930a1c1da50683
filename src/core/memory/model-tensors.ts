import type { Family, ModelShape } from './model-shape';
import { attnWidth, familyOf, kvWidth } from './model-shape';

/** One parameter tensor, as `model.named_parameters()` lists it (tied weights once). */
export interface ParamTensor {
  /** The module path inside its block (or the model), as peft's `target_modules` matches it by suffix. */
  readonly module: string;
  /** Rows × cols for a matrix; cols = 0 for a vector (bias, norm weight). */
  readonly rows: number;
  readonly cols: number;
  /** A Linear/Conv1D weight: autocast casts it, LoRA can wrap it. */
  readonly linear: boolean;
  /** A LayerNorm/RMSNorm weight or bias. */
  readonly norm: boolean;
  /** Decoder/encoder block index, or null outside the blocks. */
  readonly layer: number | null;
}

export function numel(tensor: ParamTensor): number {
  return tensor.cols === 0 ? tensor.rows : tensor.rows * tensor.cols;
}

const matrix = (module: string, rows: number, cols: number, layer: number | null, linear = true): ParamTensor => ({
  module,
  rows,
  cols,
  linear,
  norm: false,
  layer,
});
const vector = (module: string, size: number, layer: number | null, norm = false): ParamTensor => ({ module, rows: size, cols: 0, linear: false, norm, layer });

function llamaLayer(s: ModelShape, i: number): ParamTensor[] {
  const q = attnWidth(s);
  const k = kvWidth(s);
  const out = [matrix('q_proj', q, s.h, i), matrix('k_proj', k, s.h, i), matrix('v_proj', k, s.h, i)];
  if (s.qkvBias) out.push(vector('q_proj', q, i), vector('k_proj', k, i), vector('v_proj', k, i));
  out.push(matrix('o_proj', s.h, q, i), matrix('gate_proj', s.I, s.h, i), matrix('up_proj', s.I, s.h, i), matrix('down_proj', s.h, s.I, i));
  out.push(vector('input_layernorm', s.h, i, true), vector('post_attention_layernorm', s.h, i, true));
  return out;
}

function gpt2Layer(s: ModelShape, i: number): ParamTensor[] {
  return [
    vector('ln_1', s.h, i, true),
    vector('ln_1', s.h, i, true),
    matrix('c_attn', s.h, 3 * s.h, i),
    vector('c_attn', 3 * s.h, i),
    matrix('attn.c_proj', s.h, s.h, i),
    vector('attn.c_proj', s.h, i),
    vector('ln_2', s.h, i, true),
    vector('ln_2', s.h, i, true),
    matrix('c_fc', s.h, s.I, i),
    vector('c_fc', s.I, i),
    matrix('mlp.c_proj', s.I, s.h, i),
    vector('mlp.c_proj', s.h, i),
  ];
}

function bertLayer(s: ModelShape, i: number): ParamTensor[] {
  const linear = (module: string, rows: number, cols: number) => [matrix(module, rows, cols, i), vector(module, rows, i)];
  return [
    ...linear('attention.self.query', s.h, s.h),
    ...linear('attention.self.key', s.h, s.h),
    ...linear('attention.self.value', s.h, s.h),
    ...linear('attention.output.dense', s.h, s.h),
    vector('attention.output.LayerNorm', s.h, i, true),
    vector('attention.output.LayerNorm', s.h, i, true),
    ...linear('intermediate.dense', s.I, s.h),
    ...linear('output.dense', s.h, s.I),
    vector('output.LayerNorm', s.h, i, true),
    vector('output.LayerNorm', s.h, i, true),
  ];
}

function layers(s: ModelShape, build: (s: ModelShape, i: number) => ParamTensor[]): ParamTensor[] {
  return Array.from({ length: s.L }, (_, i) => build(s, i)).flat();
}

const BUILDERS: Readonly<Record<Family, (s: ModelShape) => ParamTensor[]>> = {
  llama: (s) => [
    matrix('embed_tokens', s.V, s.h, null, false),
    ...layers(s, llamaLayer),
    vector('norm', s.h, null, true),
    ...(s.tieWordEmbeddings ? [] : [matrix('lm_head', s.V, s.h, null)]),
  ],
  gpt2: (s) => [
    matrix('wte', s.V, s.h, null, false),
    matrix('wpe', s.nPositions, s.h, null, false),
    ...layers(s, gpt2Layer),
    vector('ln_f', s.h, null, true),
    vector('ln_f', s.h, null, true),
    ...(s.tieWordEmbeddings ? [] : [matrix('lm_head', s.V, s.h, null)]),
  ],
  // BertForMaskedLM: no pooler; the MLM head's transform, and a decoder tied to the word embeddings.
  bert: (s) => [
    matrix('word_embeddings', s.V, s.h, null, false),
    matrix('position_embeddings', s.nPositions, s.h, null, false),
    ...(s.typeVocab > 0 ? [matrix('token_type_embeddings', s.typeVocab, s.h, null, false)] : []),
    vector('LayerNorm', s.h, null, true),
    vector('LayerNorm', s.h, null, true),
    ...layers(s, bertLayer),
    matrix('transform.dense', s.h, s.h, null),
    vector('transform.dense', s.h, null),
    vector('transform.LayerNorm', s.h, null, true),
    vector('transform.LayerNorm', s.h, null, true),
    ...(s.tieWordEmbeddings ? [] : [matrix('decoder', s.V, s.h, null)]),
    vector('decoder', s.V, null),
  ],
};

/**
 * Every parameter tensor of the model, tied weights counted once (as `model.parameters()` does).
 * @example paramCount(shapeOfLlama32_1B) // 1_235_814_400
 */
export function modelTensors(shape: ModelShape): ParamTensor[] {
  return BUILDERS[familyOf(shape).family](shape);
}

export function paramCount(shape: ModelShape): number {
  return modelTensors(shape).reduce((sum, t) => sum + numel(t), 0);
}

/**
 * Elements of every Linear weight autocast casts, the output head included even when it is tied
 * to the input embedding (its cast copy is a separate tensor); the input embedding itself is not a matmul.
 */
export function linearWeightCount(shape: ModelShape): number {
  const own = modelTensors(shape)
    .filter((t) => t.linear)
    .reduce((sum, t) => sum + numel(t), 0);
  return own + (shape.tieWordEmbeddings ? shape.V * shape.h : 0);
}
