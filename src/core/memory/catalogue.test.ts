import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueShape, findCatalogueModel } from './catalogue';
import { familyOf } from './model-shape';
import { paramCount } from './model-tensors';

describe('model catalogue', () => {
  it.each(CATALOGUE.map((m) => [m.label, m] as const))('%s counts its published parameters', (_label, model) => {
    expect(paramCount(catalogueShape(model))).toBe(model.publishedParams);
  });
  it('maps every entry to a measured family', () => {
    for (const model of CATALOGUE) expect(familyOf(catalogueShape(model)).measured, model.id).toBe(true);
  });
  it('finds models by loose names', () => {
    expect(findCatalogueModel('llama-3.2-1b')?.id).toBe('meta-llama/Llama-3.2-1B');
    expect(findCatalogueModel('Qwen2.5 7B')?.id).toBe('Qwen/Qwen2.5-7B');
    expect(findCatalogueModel('gpt2')?.id).toBe('openai-community/gpt2');
    expect(findCatalogueModel('no-such-model')).toBeUndefined();
  });
});
