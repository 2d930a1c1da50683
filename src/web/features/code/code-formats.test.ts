import { describe, expect, it } from 'vitest';
import { FORMATS } from '@/core/formats/formats';
import { kwargs } from '@/core/py/py-value';
import { UI_TEXT } from '@/web/shared/i18n/ui-text';
import { CODE_TABS, codeTabsFor } from './code-formats';

describe('code tabs', () => {
  it('are the emitting formats of the formats table, each label a UI string', () => {
    expect(CODE_TABS.map((tab) => tab.format)).toEqual(FORMATS.filter((f) => f.emitter !== null).map((f) => f.id));
    for (const f of FORMATS) expect(Object.hasOwn(UI_TEXT, f.label), f.label).toBe(true);
  });

  it('show the DeepSpeed and accelerate files only when deepspeed / fsdp are set', () => {
    expect(codeTabsFor(kwargs({})).map((tab) => tab.format)).toEqual(['python', 'cli', 'json', 'yaml', 'launch']);
    expect(codeTabsFor(kwargs({ deepspeed: 'ds_zero3.json' })).map((tab) => tab.format)).toContain('deepspeed');
    expect(codeTabsFor(kwargs({ fsdp: 'full_shard' })).map((tab) => tab.format)).toContain('accelerate');
    expect(codeTabsFor(kwargs({ fsdp: '' })).map((tab) => tab.format)).not.toContain('accelerate');
  });
});
