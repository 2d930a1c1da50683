import { describe, expect, it } from 'vitest';
import { checkConfig } from '../check/check-config';
import { importText } from './import-text';
import { EN_MESSAGES } from '../i18n/messages/en';
import { KO_MESSAGES } from '../i18n/messages/ko';
import { renderMessage } from '../i18n/messages/message';
import type { ImportNote } from './import-result';
/** A note as each catalogue words it. */
const en = (note: ImportNote | undefined): string | undefined => (note ? renderMessage(EN_MESSAGES, note.text) : undefined);
const ko = (note: ImportNote | undefined): string | undefined => (note ? renderMessage(KO_MESSAGES, note.text) : undefined);

describe('importText: axolotl precision "auto"', () => {
  it('lists bf16: auto and tf32: auto as axolotl values with a note, not as arguments', () => {
    const report = importText('base_model: NousResearch/Llama-3.2-1B\nmicro_batch_size: 2\nbf16: auto\ntf32: auto\nlearning_rate: 0.0002\n', {
      fileName: 'lora.yml',
    });
    expect(report.imported.values).toEqual({ learning_rate: 0.0002 });
    expect(report.otherArgs.filter((a) => a.value === 'auto').map((a) => [a.name, a.owner])).toEqual([
      ['bf16', 'axolotl'],
      ['tf32', 'axolotl'],
    ]);
    expect(en(report.notes.find((n) => n.key === 'bf16'))).toMatch(/bf16 if this GPU supports it/);
    expect(ko(report.notes.find((n) => n.key === 'tf32'))).toMatch(/TF32/);
    expect(checkConfig(report.imported, { configClass: report.configClass }).ok).toBe(true);
  });

  it('attributes bf16: auto to axolotl even when the rest of the file does not give axolotl away', () => {
    const report = importText('bf16: auto\nnum_train_epochs: 1\n', { format: 'yaml' });
    expect(report.imported.values).not.toHaveProperty('bf16');
    expect(report.otherArgs.map((a) => a.owner)).toEqual(['axolotl']);
  });

  it('says that axolotl takes no auto for fp16 either', () => {
    const report = importText('fp16: auto\n', { format: 'yaml' });
    expect(en(report.notes[0])).toMatch(/only true, false or empty for fp16/);
  });

  it('keeps "auto" an argument on a command line, where the parser itself reads it', () => {
    const report = importText('python train.py --bf16 auto', { format: 'cli' });
    expect(report.otherArgs.some((a) => a.name === 'bf16')).toBe(false);
  });
});

describe('importText: names axolotl converts itself', () => {
  it('keeps an axolotl warmup_ratio out of the constructor, so 5.15+ (no warmup_ratio) still accepts the recipe', () => {
    const report = importText('base_model: m\nmicro_batch_size: 2\nwarmup_ratio: 0.1\n', { fileName: 'a.yml', target: '5.15-5.18' });
    expect(report.imported.values).not.toHaveProperty('warmup_ratio');
    expect(report.otherArgs.find((a) => a.name === 'warmup_ratio')?.owner).toBe('axolotl');
    expect(en(report.notes.find((n) => n.key === 'warmup_ratio'))).toMatch(/warmup_steps = int\(warmup_ratio × total steps\)/);
    expect(checkConfig(report.imported, { target: '5.15-5.18' }).ok).toBe(true);
  });

  it('leaves warmup_ratio an argument for an HfArgumentParser file, where 5.15+ rejects it', () => {
    const report = importText('warmup_ratio: 0.1\n', { format: 'yaml', target: '5.15-5.18' });
    expect(checkConfig(report.imported, { target: '5.15-5.18' }).issues.map((i) => i.rule)).toContain('unknown-argument');
  });
});
