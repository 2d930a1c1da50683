import { describe, expect, it } from 'vitest';
import { loadUserPresets, PRESETS_KEY, presetsFileText, readPresetsFile, storeUserPresets, uniqueName } from './user-presets';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const map = new Map<string, string>();
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}

let counter = 0;
const newId = () => `id-${++counter}`;

describe('user presets', () => {
  it('round-trip through storage, values exactly as typed', () => {
    const storage = memory();
    const presets = [{ id: 'a', name: 'Mine', values: { learning_rate: '5e-5', bf16: true, report_to: ['tensorboard'], seed: null } }];
    expect(storeUserPresets(storage, presets)).toBe(true);
    expect(loadUserPresets(storage)).toEqual(presets);
  });

  it('ignore a corrupt store and presets with wrong shapes', () => {
    const storage = memory();
    storage.setItem(PRESETS_KEY, '{not json');
    expect(loadUserPresets(storage)).toEqual([]);
    storage.setItem(
      PRESETS_KEY,
      JSON.stringify([
        { id: 'x', name: 'ok', values: {} },
        { name: '', values: {} },
        { name: 'n', values: { a: 3 } },
      ]),
    );
    expect(loadUserPresets(storage).map((p) => p.name)).toEqual(['ok']);
    expect(loadUserPresets(null)).toEqual([]);
  });

  it('export to a file and import it back with fresh ids', () => {
    const text = presetsFileText([{ id: 'a', name: 'Mine', values: { max_steps: '10' } }]);
    const read = readPresetsFile(text, newId);
    expect(read.ok && read.presets.map((p) => [p.name, p.values])).toEqual([['Mine', { max_steps: '10' }]]);
    expect(read.ok && read.presets[0]?.id).toMatch(/^id-/);
  });

  it('refuse files that are not presets files, saying why', () => {
    expect(readPresetsFile('nope', newId)).toEqual({ ok: false, reason: 'not-json' });
    expect(readPresetsFile('{"presets": []}', newId)).toEqual({ ok: false, reason: 'not-presets' });
    expect(readPresetsFile('{"format": "trainargs-studio-presets", "presets": []}', newId)).toEqual({ ok: false, reason: 'empty' });
  });

  it('make names unique', () => {
    expect(uniqueName(' A ', [])).toBe('A');
    expect(uniqueName('A', ['A', 'A (2)'])).toBe('A (3)');
  });
});
