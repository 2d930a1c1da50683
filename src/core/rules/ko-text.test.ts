import { describe, expect, it } from 'vitest';
import { code, eul, eun, finalSound, gwa, iga, orList, ro, setToKo } from './ko-text';

describe(finalSound.name, () => {
  it('reads Hangul by its final consonant', () => {
    expect(finalSound('값')).toBe('consonant');
    expect(finalSound('모델')).toBe('rieul');
    expect(finalSound('스케줄러')).toBe('vowel');
  });

  it('reads numbers as Korean counts them', () => {
    expect(['0', '1', '2', '3', '5', '6', '7', '8', '9'].map(finalSound)).toEqual([
      'consonant',
      'rieul',
      'vowel',
      'consonant',
      'vowel',
      'consonant',
      'rieul',
      'rieul',
      'vowel',
    ]);
    expect(['10', '500', '1000', '10000'].map(finalSound)).toEqual(['consonant', 'consonant', 'consonant', 'consonant']);
    expect(['0.1', '1.0', '5e-05', '1e-7', '-100', 'bf16', 'tf32'].map(finalSound)).toEqual([
      'rieul',
      'consonant',
      'vowel',
      'rieul',
      'consonant',
      'consonant',
      'vowel',
    ]);
  });

  it('reads Python names and values the way they are said', () => {
    const said: Record<string, ReturnType<typeof finalSound>> = {
      eval_strategy: 'vowel',
      save_steps: 'vowel',
      optim: 'consonant',
      lr_scheduler_type: 'consonant',
      warmup: 'consonant',
      use_legacy_prediction_loop: 'vowel',
      metric_for_best_model: 'rieul',
      torch_compile: 'rieul',
      gradient_checkpointing: 'consonant',
      cosine: 'consonant',
      mode: 'vowel',
      ray_scope: 'vowel',
      last_epoch: 'consonant',
      output: 'consonant',
      fsdp: 'vowel',
      sharded_ddp: 'vowel',
      min_lr: 'rieul',
      nccl: 'rieul',
      True: 'vowel',
      None: 'consonant',
    };
    for (const [word, sound] of Object.entries(said)) expect(finalSound(word), word).toBe(sound);
  });

  it('skips the quotes, backticks and brackets around a word', () => {
    expect(finalSound('`"min"`')).toBe('consonant');
    expect(finalSound("['tensorboard']")).toBe('vowel');
  });
});

describe('particles', () => {
  it('pick the form that follows the final sound', () => {
    expect(eul(code('optim'))).toBe('`optim`을');
    expect(eul(code('fsdp'))).toBe('`fsdp`를');
    expect(iga(code('bf16'))).toBe('`bf16`이');
    expect(eun(code('save_steps'))).toBe('`save_steps`는');
    expect(gwa(code('fp16'))).toBe('`fp16`과');
    expect(ro('500')).toBe('500으로');
    expect(ro('"steps"')).toBe('"steps"로');
    expect(ro('1')).toBe('1로');
  });

  it('follow the word before a note in parentheses', () => {
    expect(eun('`logging_steps`(0.1)', 'logging_steps')).toBe('`logging_steps`(0.1)는');
  });
});

describe(orList.name, () => {
  it('joins with commas and a final 또는', () => {
    expect(orList(['a', 'b', 'c'])).toBe('a, b 또는 c');
    expect(orList(['a'])).toBe('a');
  });
});

describe(setToKo.name, () => {
  it('labels a one-field fix', () => {
    expect(setToKo('save_steps', '500')).toBe('save_steps를 500으로 설정');
    expect(setToKo('eval_strategy', '"epoch"')).toBe('eval_strategy를 "epoch"으로 설정');
  });
});
