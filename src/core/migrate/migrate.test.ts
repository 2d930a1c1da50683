import { describe, expect, it } from 'vitest';
import { EN_MESSAGES } from '../i18n/messages/en';
import { renderMessage } from '../i18n/messages/message';
import { migrateValues, type MigrationChange } from './migrate';

/** A change as the English notice words it. */
const en = (change: MigrationChange | undefined): string | undefined => (change ? renderMessage(EN_MESSAGES, change.text) : undefined);

const TA = 'TrainingArguments';

describe('migrateValues', () => {
  it('turns group_by_length into the 5.x sampling strategy and back', () => {
    const up = migrateValues({ group_by_length: true, seed: '3' }, { from: { target: '4.57', configClass: TA }, to: { target: '5.15-5.18', configClass: TA } });
    expect(up.values).toEqual({ train_sampling_strategy: 'group_by_length', seed: '3' });
    expect(up.changes.map((c) => c.field)).toEqual(['train_sampling_strategy']);
    const down = migrateValues(up.values, { from: { target: '5.15-5.18', configClass: TA }, to: { target: '4.57', configClass: TA } });
    expect(down.values).toEqual({ group_by_length: true, seed: '3' });
  });

  it('drops what the destination class does not have, and says so', () => {
    const r = migrateValues(
      { num_generations: '4', learning_rate: '1e-5' },
      { from: { target: '5.15-5.18', configClass: 'GRPOConfig' }, to: { target: '5.15-5.18', configClass: 'SFTConfig' } },
    );
    expect(r.values).toEqual({ learning_rate: '1e-5' });
    expect(en(r.changes[0])).toContain('num_generations is not an argument of SFTConfig');
  });

  const up = { from: { target: '5.2-5.5', configClass: TA }, to: { target: '5.15-5.18', configClass: TA } } as const;

  it('turns a warmup ratio into a fractional warmup_steps from 5.15 on, and back', () => {
    const r = migrateValues({ warmup_ratio: '0.1' }, up);
    expect(r.values).toEqual({ warmup_steps: '0.1' });
    expect(migrateValues(r.values, { from: up.to, to: up.from }).values).toEqual({ warmup_ratio: '0.1' });
  });

  it('never turns warmup_ratio=1.0 (the whole run) into warmup_steps=1.0 (one step)', () => {
    const known = migrateValues({ warmup_ratio: '1.0', warmup_steps: '5' }, { ...up, totalSteps: 3750 });
    expect(known.values).toEqual({ warmup_steps: '3750' });
    expect(en(known.changes[0])).toContain('not warmup_steps=1.0');
    const unknown = migrateValues({ warmup_ratio: '1.0' }, up);
    expect(unknown.values).toEqual({});
    expect(en(unknown.changes[0])).toContain('single step');
  });
});
