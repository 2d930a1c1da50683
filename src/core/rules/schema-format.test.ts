import { describe, expect, it } from 'vitest';
import { EN_MESSAGES } from '../i18n/messages/en';
import { KO_MESSAGES } from '../i18n/messages/ko';
import { renderMessage } from '../i18n/messages/message';
import { describePatch, describeValue, listChoices, parseNumberText, resetFix } from './schema-format';

describe('describeValue', () => {
  it('quotes text and shortens long text', () => {
    expect(describeValue('sixteen')).toBe('"sixteen"');
    const shown = describeValue('x'.repeat(100));
    expect(shown.length).toBeLessThan(50);
    expect(shown.endsWith('…"')).toBe(true);
  });

  it('prints numbers, booleans and None as Python does, keeping a written float', () => {
    expect(describeValue(5, true)).toBe('5.0');
    expect(describeValue(5)).toBe('5');
    expect(describeValue(true)).toBe('True');
    expect(describeValue(null)).toBe('None');
  });

  it('names lists and objects', () => {
    expect(describeValue([])).toBe('an empty list');
    expect(describeValue(['a'])).toBe("the list ['a']");
    expect(describeValue({ a: 1 })).toBe('an object');
  });
});

describe('listChoices', () => {
  it('joins short lists with "or"', () => {
    expect(listChoices(['a', 'b', 'c'])).toBe('"a", "b" or "c"');
    expect(listChoices(['a'])).toBe('"a"');
  });

  it('shortens long lists and says how many there are', () => {
    const names = Array.from({ length: 20 }, (_, i) => `n${i}`);
    const text = listChoices(names);
    expect(text).toContain('(20 names)');
    expect(text).not.toContain('"n19"');
  });
});

describe('parseNumberText', () => {
  it('reads plain number literals and tells ints from floats', () => {
    expect(parseNumberText(' 16 ')).toMatchObject({ value: 16, integral: true });
    expect(parseNumberText('1e-4')).toMatchObject({ value: 1e-4, integral: false });
    expect(parseNumberText('-0.5')).toMatchObject({ value: -0.5, integral: false });
    expect(parseNumberText('16.0')).toMatchObject({ value: 16, integral: false });
  });

  it('rejects words, units and empty text', () => {
    for (const text of ['sixteen', '16 steps', '', '0x10', '1_000', 'Infinity', 'NaN']) expect(parseNumberText(text), text).toBeUndefined();
  });
});

describe('resetFix', () => {
  it('removes the key and names the default it falls back to', () => {
    const fix = resetFix('learning_rate', 5e-5);
    expect(renderMessage(EN_MESSAGES, fix.text)).toBe('Reset learning_rate to its default (5e-05)');
    expect(renderMessage(KO_MESSAGES, fix.text)).toBe('learning_rate 기본값(5e-05)으로 되돌리기');
    expect(fix.patch).toEqual({ learning_rate: undefined });
  });
});

describe('describePatch', () => {
  it('lists what is set and removed, in order', () => {
    expect(describePatch({ no_cuda: undefined, use_cpu: true })).toBe('Remove no_cuda, set use_cpu to True');
    expect(describePatch({ report_to: ['mlflow', 'wandb'] })).toBe("Set report_to to ['mlflow', 'wandb']");
    expect(describePatch({ eval_strategy: 'steps' })).toBe('Set eval_strategy to "steps"');
  });

  it('summarises large objects by their keys', () => {
    const label = describePatch({ fsdp_config: { min_num_params: 1000000, transformer_layer_cls_to_wrap: ['LlamaDecoderLayer'] } });
    expect(label).toBe('Set fsdp_config to {min_num_params, transformer_layer_cls_to_wrap}');
  });
});
