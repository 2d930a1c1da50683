import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { checkForClass } from './check-for-class';

describe(checkForClass, () => {
  it('accepts the fields the class declares and still reports names no class has', () => {
    expect(checkForClass(kwargs({ predict_with_generate: true }), 'Seq2SeqTrainingArguments').ok).toBe(true);
    expect(checkForClass(kwargs({ predict_with_generate: true }), 'TrainingArguments').ok).toBe(false);
    expect(checkForClass(kwargs({ packing: true, lora_rank: 8 }), 'SFTConfig').issues.map((i) => i.fields)).toContainEqual(['lora_rank']);
  });
});
