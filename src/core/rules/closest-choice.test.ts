import { describe, expect, it } from 'vitest';
import { closestChoice } from './closest-choice';

describe(closestChoice.name, () => {
  it('matches case and separator variants, and near misses', () => {
    expect(closestChoice('EPOCH', ['no', 'steps', 'epoch'])).toBe('epoch');
    expect(closestChoice('epochs', ['no', 'steps', 'epoch'])).toBe('epoch');
    expect(closestChoice('cosine-with-restarts', ['cosine', 'cosine_with_restarts'])).toBe('cosine_with_restarts');
  });
  it('gives nothing when no choice is close', () => {
    expect(closestChoice('never', ['end', 'every_save', 'checkpoint', 'all_checkpoints'])).toBeUndefined();
  });
});
