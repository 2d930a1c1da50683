import { describe, expect, it } from 'vitest';
import { parseConfigJson } from './config-json';
import { familyOf } from './model-shape';
import { paramCount } from './model-tensors';

describe('parseConfigJson', () => {
  it('reads a Llama config with defaults for missing kv heads and head_dim', () => {
    const parsed = parseConfigJson(
      '{"model_type":"llama","hidden_size":4096,"num_hidden_layers":32,"num_attention_heads":32,"intermediate_size":11008,"vocab_size":32000}',
    );
    expect(parsed.ok && parsed.value).toMatchObject({ kvHeads: 32, headDim: 128, tieWordEmbeddings: false, mlp: 'swiglu' });
    // Llama-2-7B's published count.
    expect(parsed.ok && paramCount(parsed.value)).toBe(6_738_415_616);
  });

  it('reads GPT-2 names (n_embd, n_inner null → 4h)', () => {
    const parsed = parseConfigJson('{"model_type":"gpt2","n_embd":768,"n_layer":12,"n_head":12,"n_inner":null,"vocab_size":50257,"n_positions":1024}');
    expect(parsed.ok && parsed.value.I).toBe(3072);
    expect(parsed.ok && parsed.value.tieWordEmbeddings).toBe(true);
  });

  it('maps an unknown gated architecture to the Llama family and says it was not measured', () => {
    const parsed = parseConfigJson(
      '{"model_type":"gemma","hidden_size":2048,"num_hidden_layers":18,"num_attention_heads":8,"num_key_value_heads":1,"head_dim":256,"intermediate_size":16384,"vocab_size":256000,"tie_word_embeddings":true}',
    );
    expect(parsed.ok && familyOf(parsed.value)).toEqual({ family: 'llama', measured: false });
  });

  it('explains bad input instead of throwing', () => {
    const broken = parseConfigJson('{"model_type": "llama",');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/not valid JSON/);
    const missing = parseConfigJson('{"model_type":"llama","hidden_size":2048}');
    expect(!missing.ok && missing.message).toMatch(/num_hidden_layers.*num_attention_heads.*vocab_size/);
    expect(parseConfigJson('[1,2]').ok).toBe(false);
  });
});
