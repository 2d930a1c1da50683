import { describe, expect, it } from 'vitest';
import { kwargs, type PyDict } from '../py/py-value';
import { emitDeepSpeedConfig, zeroStageOf } from './deepspeed-config';
import { EN_MESSAGES } from '../i18n/messages/en';
import { KO_MESSAGES } from '../i18n/messages/ko';
import { renderMessage } from '../i18n/messages/message';
import type { EmitNote } from './emit-notes';

const english = (note: EmitNote | undefined): string => (note === undefined ? '' : renderMessage(EN_MESSAGES, note));
const korean = (note: EmitNote): string => renderMessage(KO_MESSAGES, note);

function configOf(values: Record<string, unknown>, options = {}): PyDict {
  return JSON.parse(emitDeepSpeedConfig(kwargs(values as PyDict), options).text) as PyDict;
}

describe('zeroStageOf', () => {
  it.each([
    ['ds_zero3.json', 3, false],
    ['configs/zero_stage2_offload.json', 2, true],
    ['examples/deepspeed/ds_z3_offload_config.json', 3, true],
    ['ds_config_zero1.json', 1, false],
    ['stage3.json', 3, false],
  ])('reads the stage named in %s', (name, stage, offload) => {
    expect(zeroStageOf(name)).toEqual({ stage, offload, from: 'file-name' });
  });

  it('takes a dict’s stage and offload sections', () => {
    expect(zeroStageOf({ zero_optimization: { stage: 3, offload_param: { device: 'cpu' } } })).toEqual({ stage: 3, offload: true, from: 'dict' });
  });

  it('falls back to stage 2 when nothing names one', () => {
    expect(zeroStageOf('my_config.json')).toEqual({ stage: 2, offload: false, from: 'default' });
    expect(zeroStageOf(null).stage).toBe(2);
  });
});

describe('emitDeepSpeedConfig', () => {
  it('writes every Trainer-filled value as "auto"', () => {
    const config = configOf({ deepspeed: 'ds_config.json' });
    for (const key of ['train_micro_batch_size_per_gpu', 'train_batch_size', 'gradient_accumulation_steps', 'gradient_clipping']) {
      expect(config[key]).toBe('auto');
    }
    expect(config.optimizer).toEqual({ type: 'AdamW', params: { lr: 'auto', betas: 'auto', eps: 'auto', weight_decay: 'auto' } });
    expect(config.scheduler).toMatchObject({
      type: 'WarmupDecayLR',
      params: { warmup_max_lr: 'auto', warmup_num_steps: 'auto', total_num_steps: 'auto', warmup_type: 'linear' },
    });
    expect((config.bf16 as PyDict).enabled).toBe('auto');
    expect((config.fp16 as PyDict).enabled).toBe('auto');
    expect(config.zero_optimization).toMatchObject({ stage: 2, reduce_bucket_size: 'auto' });
  });

  it('takes ZeRO-3 with offload from the file name, and says where to save the file', () => {
    const out = emitDeepSpeedConfig(kwargs({ deepspeed: 'ds_zero3_offload.json' }));
    const zero = (JSON.parse(out.text) as PyDict).zero_optimization as PyDict;
    expect(zero).toMatchObject({
      stage: 3,
      stage3_prefetch_bucket_size: 'auto',
      stage3_param_persistence_threshold: 'auto',
      stage3_gather_16bit_weights_on_model_save: true,
    });
    expect(zero.offload_param).toEqual({ device: 'cpu', pin_memory: true });
    expect(out.fileName).toBe('ds_zero3_offload.json');
    expect(english(out.notes[0])).toContain('Save this file as ds_zero3_offload.json');
    expect(out.notes.every((n) => korean(n).length > 0)).toBe(true);
  });

  it('explains the default stage as a choice left to the user', () => {
    const out = emitDeepSpeedConfig(kwargs({}));
    expect(out.notes.map(english).join('\n')).toMatch(/ZeRO stage 2 \(your choice to make\)/);
    expect(english(out.notes[0])).toMatch(/deepspeed is not set/);
  });

  it('keeps a dict’s own settings and turns its Trainer-filled values to "auto", without touching the input', () => {
    const dict = {
      train_batch_size: 64,
      zero_optimization: { stage: 3, sub_group_size: 1e9, reduce_bucket_size: 5e8 },
      scheduler: { type: 'WarmupLR', params: { warmup_min_lr: 1e-6 } },
    };
    const input = kwargs({ deepspeed: dict, lr_scheduler_type: 'cosine' });
    const config = JSON.parse(emitDeepSpeedConfig(input).text) as PyDict;
    expect(config.train_batch_size).toBe('auto');
    // fill_only keys: the user's explicit value stands.
    expect(config.zero_optimization).toMatchObject({ stage: 3, sub_group_size: 1e9, reduce_bucket_size: 5e8, stage3_prefetch_bucket_size: 'auto' });
    expect(config.scheduler).toEqual({ type: 'WarmupLR', params: { warmup_min_lr: 1e-6 } });
    expect(dict.train_batch_size).toBe(64);
    expect(dict.zero_optimization).not.toHaveProperty('stage3_prefetch_bucket_size');
  });

  it('leaves the optimizer to the Trainer when DeepSpeed has no counterpart', () => {
    const out = emitDeepSpeedConfig(kwargs({ optim: 'adamw_bnb_8bit', lr_scheduler_type: 'cosine' }));
    const config = JSON.parse(out.text) as PyDict;
    expect(config).not.toHaveProperty('optimizer');
    expect(config).not.toHaveProperty('scheduler');
    expect(out.notes.map(english).join('\n')).toContain('Trainer builds adamw_bnb_8bit itself');
  });

  it('writes no optimizer section next to 4.x adafactor=True, which the integration rejects', () => {
    expect(configOf({ adafactor: true, optim: 'adamw_torch' }, { target: '4.57' })).not.toHaveProperty('optimizer');
  });

  it('maps constant_with_warmup to WarmupLR without a total step count', () => {
    const scheduler = configOf({ lr_scheduler_type: 'constant_with_warmup' }).scheduler as PyDict;
    expect(scheduler.type).toBe('WarmupLR');
    expect(scheduler.params).not.toHaveProperty('total_num_steps');
  });
});
