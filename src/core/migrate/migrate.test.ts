import { describe, expect, it } from 'vitest';
import { migrateValues } from './migrate';

const TA = 'TrainingArguments';

describe('migrateValues', () => {
  it('turns group_by_length into the 5.x sampling strategy and back', () => {
    const up = migrateValues({ group_by_length: true, seed: '3' }, { from: { target: '4.56', configClass: TA }, to: { target: '5.2-5.5', configClass: TA } });
    expect(up.values).toEqual({ train_sampling_strategy: 'group_by_length', seed: '3' });
    expect(up.changes.map((c) => c.field)).toEqual(['train_sampling_strategy']);
    const down = migrateValues(up.values, { from: { target: '5.2-5.5', configClass: TA }, to: { target: '4.56', configClass: TA } });
    expect(down.values).toEqual({ group_by_length: true, seed: '3' });
  });

  it('drops what the destination class does not have, and says so', () => {
    const r = migrateValues({ num_generations: '4', learning_rate: '1e-5' }, { from: { target: '5.2-5.5', configClass: 'GRPOConfig' }, to: { target: '5.2-5.5', configClass: 'SFTConfig' } });
    expect(r.values).toEqual({ learning_rate: '1e-5' });
    expect(r.changes[0]?.message).toContain('num_generations is not an argument of SFTConfig');
  });
});
