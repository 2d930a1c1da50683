import { describe, expect, it } from 'vitest';
import { LOG_LEVELS, REPORT_TO_CHOICES, TRAIN_SAMPLING_STRATEGIES } from '../registry/enums';
import { ALL_FIELDS } from '../registry/registry';
import { didYouMean, editDistance, squashName } from './did-you-mean';

const FIELD_NAMES = ALL_FIELDS.map((f) => f.name);

describe('squashName', () => {
  it('ignores case and the separators people swap between naming styles', () => {
    expect(squashName('learningRate')).toBe(squashName('learning_rate'));
    expect(squashName('output-dir')).toBe(squashName('output_dir'));
    expect(squashName('Non Padding')).toBe('nonpadding');
  });
});

describe('editDistance', () => {
  it('is zero for equal strings and the length of the other for an empty one', () => {
    expect(editDistance('adamw', 'adamw')).toBe(0);
    expect(editDistance('', 'gloo')).toBe(4);
    expect(editDistance('gloo', '')).toBe(4);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('nccl', 'nccl')).toBe(0);
    expect(editDistance('lienar', 'linear')).toBe(1);
    expect(editDistance('abcd', 'acbd')).toBe(1);
  });

  it('counts insertions, deletions and substitutions one each', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ncc', 'nccl')).toBe(1);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['wandb', 'wnadb'],
      ['tensorbord', 'tensorboard'],
      ['abc', 'xyz12'],
    ] as const) {
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }
  });
});

describe('didYouMean', () => {
  it('maps camelCase and kebab-case spellings to the Python name', () => {
    expect(didYouMean('learningRate', FIELD_NAMES)).toBe('learning_rate');
    expect(didYouMean('output-dir', FIELD_NAMES)).toBe('output_dir');
    expect(didYouMean('PerDeviceTrainBatchSize', FIELD_NAMES)).toBe('per_device_train_batch_size');
  });

  it('finds the choice one typo away', () => {
    expect(didYouMean('nccl2', ['nccl', 'gloo', 'mpi'])).toBe('nccl');
    expect(didYouMean('tensorbord', REPORT_TO_CHOICES)).toBe('tensorboard');
    expect(didYouMean('eval_step', FIELD_NAMES)).toBe('eval_steps');
  });

  it('matches case-insensitively', () => {
    expect(didYouMean('WandB', REPORT_TO_CHOICES)).toBe('wandb');
  });

  it('falls back to a unique candidate that contains the name', () => {
    expect(didYouMean('WARN', LOG_LEVELS)).toBe('warning');
    expect(didYouMean('by_length', TRAIN_SAMPLING_STRATEGIES)).toBe('group_by_length');
    expect(didYouMean('epochs', FIELD_NAMES)).toBe('num_train_epochs');
  });

  it('offers nothing for a word unlike every candidate', () => {
    expect(didYouMean('shuffle', TRAIN_SAMPLING_STRATEGIES)).toBeUndefined();
    expect(didYouMean('not_a_tracker', REPORT_TO_CHOICES)).toBeUndefined();
    expect(didYouMean('', LOG_LEVELS)).toBeUndefined();
  });

  it('offers nothing when the contained fragment is shared by several candidates', () => {
    expect(didYouMean('batch_size', FIELD_NAMES)).toBeUndefined();
  });
});
