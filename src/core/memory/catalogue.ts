import { parseConfigJson } from './config-json';
import type { ModelShape } from './model-shape';

/**
 * Popular checkpoints with the numbers of their public config.json (only the keys that change the
 * memory), and the parameter count published for them (model cards / safetensors metadata).
 */
export interface CatalogueModel {
  readonly id: string;
  readonly label: string;
  readonly config: Readonly<Record<string, string | number | boolean>>;
  readonly publishedParams: number;
}

const llama3 = (h: number, L: number, a: number, I: number, tie: boolean, headDim?: number) => ({
  model_type: 'llama',
  hidden_size: h,
  num_hidden_layers: L,
  num_attention_heads: a,
  num_key_value_heads: 8,
  intermediate_size: I,
  vocab_size: 128256,
  tie_word_embeddings: tie,
  max_position_embeddings: 131072,
  ...(headDim ? { head_dim: headDim } : {}),
});
const qwen25 = (h: number, L: number, a: number, kv: number, I: number, V: number, tie: boolean) => ({
  model_type: 'qwen2',
  hidden_size: h,
  num_hidden_layers: L,
  num_attention_heads: a,
  num_key_value_heads: kv,
  intermediate_size: I,
  vocab_size: V,
  tie_word_embeddings: tie,
  max_position_embeddings: 32768,
});

export const CATALOGUE: readonly CatalogueModel[] = [
  { id: 'meta-llama/Llama-3.2-1B', label: 'Llama 3.2 1B', config: llama3(2048, 16, 32, 8192, true, 64), publishedParams: 1_235_814_400 },
  { id: 'meta-llama/Llama-3.2-3B', label: 'Llama 3.2 3B', config: llama3(3072, 28, 24, 8192, true, 128), publishedParams: 3_212_749_824 },
  { id: 'meta-llama/Llama-3.1-8B', label: 'Llama 3.1 8B', config: llama3(4096, 32, 32, 14336, false), publishedParams: 8_030_261_248 },
  { id: 'meta-llama/Llama-3.1-70B', label: 'Llama 3.1 70B', config: llama3(8192, 80, 64, 28672, false), publishedParams: 70_553_706_496 },
  { id: 'Qwen/Qwen2.5-0.5B', label: 'Qwen2.5 0.5B', config: qwen25(896, 24, 14, 2, 4864, 151936, true), publishedParams: 494_032_768 },
  { id: 'Qwen/Qwen2.5-1.5B', label: 'Qwen2.5 1.5B', config: qwen25(1536, 28, 12, 2, 8960, 151936, true), publishedParams: 1_543_714_304 },
  { id: 'Qwen/Qwen2.5-3B', label: 'Qwen2.5 3B', config: qwen25(2048, 36, 16, 2, 11008, 151936, true), publishedParams: 3_085_938_688 },
  { id: 'Qwen/Qwen2.5-7B', label: 'Qwen2.5 7B', config: qwen25(3584, 28, 28, 4, 18944, 152064, false), publishedParams: 7_615_616_512 },
  { id: 'Qwen/Qwen2.5-14B', label: 'Qwen2.5 14B', config: qwen25(5120, 48, 40, 8, 13824, 152064, false), publishedParams: 14_770_033_664 },
  { id: 'Qwen/Qwen2.5-32B', label: 'Qwen2.5 32B', config: qwen25(5120, 64, 40, 8, 27648, 152064, false), publishedParams: 32_763_876_352 },
  { id: 'Qwen/Qwen2.5-72B', label: 'Qwen2.5 72B', config: qwen25(8192, 80, 64, 8, 29568, 152064, false), publishedParams: 72_706_203_648 },
  {
    id: 'mistralai/Mistral-7B-v0.1',
    label: 'Mistral 7B',
    config: {
      model_type: 'mistral',
      hidden_size: 4096,
      num_hidden_layers: 32,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      intermediate_size: 14336,
      vocab_size: 32000,
      tie_word_embeddings: false,
      max_position_embeddings: 32768,
    },
    publishedParams: 7_241_732_096,
  },
  {
    id: 'openai-community/gpt2',
    label: 'GPT-2 (124M)',
    config: { model_type: 'gpt2', n_embd: 768, n_layer: 12, n_head: 12, vocab_size: 50257, n_positions: 1024 },
    publishedParams: 124_439_808,
  },
  {
    id: 'openai-community/gpt2-medium',
    label: 'GPT-2 Medium (355M)',
    config: { model_type: 'gpt2', n_embd: 1024, n_layer: 24, n_head: 16, vocab_size: 50257, n_positions: 1024 },
    publishedParams: 354_823_168,
  },
  // BertForMaskedLM: BertModel's published count without the pooler, plus the MLM head's transform and bias.
  {
    id: 'google-bert/bert-base-uncased',
    label: 'BERT base',
    config: {
      model_type: 'bert',
      hidden_size: 768,
      num_hidden_layers: 12,
      num_attention_heads: 12,
      intermediate_size: 3072,
      vocab_size: 30522,
      max_position_embeddings: 512,
      type_vocab_size: 2,
    },
    publishedParams: 109_514_298,
  },
  {
    id: 'google-bert/bert-large-uncased',
    label: 'BERT large',
    config: {
      model_type: 'bert',
      hidden_size: 1024,
      num_hidden_layers: 24,
      num_attention_heads: 16,
      intermediate_size: 4096,
      vocab_size: 30522,
      max_position_embeddings: 512,
      type_vocab_size: 2,
    },
    publishedParams: 335_174_458,
  },
];

/** The catalogue model's shape, read through the same parser as a pasted config.json. */
export function catalogueShape(model: CatalogueModel): ModelShape {
  const parsed = parseConfigJson(JSON.stringify(model.config));
  if (!parsed.ok) throw new Error(`catalogue entry ${model.id}: ${parsed.message}`);
  return parsed.value;
}

/**
 * A catalogue model by id, label or a loose spelling ("llama-3.2-1b", "Llama 3.2 1B", "gpt2").
 * @example findCatalogueModel('llama-3.2-1b')?.id // 'meta-llama/Llama-3.2-1B'
 */
export function findCatalogueModel(name: string): CatalogueModel | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9.]/g, '');
  const wanted = norm(name);
  return (
    CATALOGUE.find((m) => norm(m.id) === wanted || norm(m.label) === wanted || norm(m.id.split('/')[1]!) === wanted) ??
    CATALOGUE.find((m) => norm(m.label).startsWith(wanted))
  );
}
