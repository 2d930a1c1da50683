/**
 * A model's shape: the config.json numbers every memory term is a function of. Names follow the
 * reference memory vectors (h hidden, L layers, a heads, I intermediate, V vocabulary).
 */
export interface ModelShape {
  /** `model_type` as config.json spells it (llama, qwen2, mistral, gpt2, bert, or another). */
  readonly arch: string;
  readonly h: number;
  readonly L: number;
  readonly a: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly I: number;
  readonly V: number;
  /** Learned position embeddings (GPT-2, BERT); unused by rotary models. */
  readonly nPositions: number;
  readonly tieWordEmbeddings: boolean;
  /** BERT's token-type embeddings (0 elsewhere). */
  readonly typeVocab: number;
  readonly mlp: 'swiglu' | 'gelu';
  readonly norm: 'rmsnorm' | 'layernorm';
  readonly qkvBias: boolean;
}

/** The code paths that were measured; every other architecture is estimated with the nearest one. */
export const FAMILIES = ['llama', 'gpt2', 'bert'] as const;
export type Family = (typeof FAMILIES)[number];

/** Architectures that run exactly the measured code path of a family (Qwen2's qkv bias saves nothing extra). */
const MEASURED_ARCHS: Readonly<Record<string, Family>> = { llama: 'llama', qwen2: 'llama', mistral: 'llama', gpt2: 'gpt2', bert: 'bert' };

export interface FamilyMatch {
  readonly family: Family;
  /** False when the architecture was not measured and the nearest family stands in for it. */
  readonly measured: boolean;
}

/**
 * The family whose formulas apply: measured architectures map exactly; others by their building
 * blocks (a gated MLP with RMSNorm behaves like Llama; a bidirectional encoder like BERT; else GPT-2).
 * @example familyOf({ ...shape, arch: 'gemma' }) // { family: 'llama', measured: false }
 */
export function familyOf(shape: Pick<ModelShape, 'arch' | 'mlp' | 'norm' | 'typeVocab'>): FamilyMatch {
  const exact = MEASURED_ARCHS[shape.arch.toLowerCase()];
  if (exact !== undefined) return { family: exact, measured: true };
  if (shape.mlp === 'swiglu' || shape.norm === 'rmsnorm') return { family: 'llama', measured: false };
  if (shape.typeVocab > 0 || /bert|electra|deberta/i.test(shape.arch)) return { family: 'bert', measured: false };
  return { family: 'gpt2', measured: false };
}

/** Width of the key (and value) projections: kv heads × head dim. */
export function kvWidth(shape: ModelShape): number {
  return shape.kvHeads * shape.headDim;
}

/** Width of the query projection and the attention output: heads × head dim. */
export function attnWidth(shape: ModelShape): number {
  return shape.a * shape.headDim;
}
