import { describe, expect, it } from 'vitest';
import { EMPTY_SHARED_STATE } from '@/core/share/share-state';
import { stateFileText } from '@/core/share/state-file';
import { planImport } from './import-plan';
import { importJsonOrState, importPasted } from './state-file-import';

describe(importJsonOrState, () => {
  it('reads a downloaded state file back to its values, tokens left out', () => {
    const text = stateFileText({
      ...EMPTY_SHARED_STATE,
      values: { learning_rate: '3e-5', bf16: true, report_to: ['wandb'], hub_token: 'hf_' + 'q'.repeat(34) },
    });
    expect(text).not.toContain('hf_');
    const result = importJsonOrState(text);
    expect(result.errors).toEqual([]);
    expect(result.kwargs.values).toEqual({ learning_rate: 3e-5, bf16: true, report_to: ['wandb'] });
  });

  it('reads any other JSON as keyword arguments, and refuses a state file from a newer format with a position', () => {
    expect(importJsonOrState('{"seed": 3}').kwargs.values).toEqual({ seed: 3 });
    expect(importJsonOrState('{"v": 99, "values": {}}').errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(importJsonOrState('{"seed": ').errors[0]).toMatchObject({ line: 1 });
  });
});

describe('planImport and tokens', () => {
  it('never takes a hub_token into the form, and says to rotate it', () => {
    const plan = planImport(importJsonOrState('{"hub_token": "hf_abc", "seed": 3}'));
    expect(Object.keys(plan.values)).toEqual(['seed']);
    expect(plan.dropped).toEqual([{ key: 'hub_token', reason: expect.stringMatching(/never imported.*HF_TOKEN.*rotate/) }]);
  });
});

describe(importPasted, () => {
  it('reads a studio state file as its form values, and anything else through the core pipeline', () => {
    const state = importPasted('{"v": 1, "values": {"seed": "3"}}', { format: 'json' });
    expect(state.imported.values).toEqual({ seed: 3 });
    const recipe = importPasted('stage: sft\nfinetuning_type: lora\ncutoff_len: 1024\nlearning_rate: 1.0e-4\n', { format: 'yaml' });
    expect(recipe.reader).toBe('llamafactory');
    expect(recipe.otherArgs.map((a) => a.name)).toEqual(['stage', 'finetuning_type', 'cutoff_len']);
  });
});
