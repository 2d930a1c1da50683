import type { ModelShape } from './model-shape';
import { familyOf } from './model-shape';
import type { Parsed } from './vector-inputs';

type Json = Record<string, unknown>;

function firstNumber(config: Json, keys: readonly string[]): number | undefined {
  for (const key of keys) {
    const v = config[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return v;
  }
  return undefined;
}

/** Where each shape number lives in config.json, by the names the families use. */
const KEYS = {
  h: ['hidden_size', 'n_embd', 'd_model', 'dim'],
  L: ['num_hidden_layers', 'n_layer', 'num_layers', 'n_layers'],
  a: ['num_attention_heads', 'n_head', 'num_heads', 'n_heads'],
  I: ['intermediate_size', 'n_inner', 'ffn_dim', 'd_ff'],
  V: ['vocab_size'],
} as const;

/**
 * Reads a pasted config.json (a Hugging Face model config) into a model shape. Unknown model types
 * are read with the common key names and estimated with the nearest measured family.
 * @example parseConfigJson('{"model_type":"gpt2","n_embd":768,"n_layer":12,"n_head":12,"vocab_size":50257}')
 */
export function parseConfigJson(text: string): Parsed<ModelShape> {
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `config.json is not valid JSON (${(error as Error).message}); paste the whole file, braces included` };
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return { ok: false, message: 'config.json must be a JSON object such as {"model_type": "llama", "hidden_size": 2048, …}' };
  }
  // Multimodal configs nest the language model.
  const json =
    (config as Json).text_config !== undefined && typeof (config as Json).text_config === 'object'
      ? { ...(config as Json), ...((config as Json).text_config as Json) }
      : (config as Json);
  const arch = typeof json.model_type === 'string' ? json.model_type : 'unknown';
  const found = { h: firstNumber(json, KEYS.h), L: firstNumber(json, KEYS.L), a: firstNumber(json, KEYS.a), V: firstNumber(json, KEYS.V) };
  const missing = (Object.keys(found) as (keyof typeof found)[]).filter((k) => found[k] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `config.json lacks ${missing.map((k) => KEYS[k][0]).join(', ')} (a positive whole number each); it is needed to count parameters`,
    };
  }
  const { h, L, a, V } = found as Record<keyof typeof found, number>;
  const isGpt2 = arch === 'gpt2' || json.n_embd !== undefined;
  const isBert = arch === 'bert' || (json.type_vocab_size !== undefined && !isGpt2);
  const gated = !isGpt2 && !isBert;
  const I = firstNumber(json, KEYS.I) ?? 4 * h;
  const headDim = firstNumber(json, ['head_dim']) ?? Math.floor(h / a);
  const shape: ModelShape = {
    arch,
    h,
    L,
    a,
    V,
    I,
    headDim,
    kvHeads: firstNumber(json, ['num_key_value_heads', 'num_kv_heads', 'n_kv_heads']) ?? a,
    nPositions: firstNumber(json, ['n_positions', 'max_position_embeddings']) ?? 0,
    // transformers' default: decoders of the Llama line untie unless told; GPT-2 and BERT tie.
    tieWordEmbeddings: typeof json.tie_word_embeddings === 'boolean' ? json.tie_word_embeddings : !gated,
    typeVocab: isBert ? (firstNumber(json, ['type_vocab_size']) ?? 2) : 0,
    mlp: gated ? 'swiglu' : 'gelu',
    norm: gated ? 'rmsnorm' : 'layernorm',
    qkvBias: arch === 'qwen2' || json.attention_bias === true || !gated,
  };
  return { ok: true, value: { ...shape, arch: familyOf(shape).measured || arch !== 'unknown' ? arch : 'unknown' } };
}
