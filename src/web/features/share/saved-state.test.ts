import { describe, expect, it } from 'vitest';
import { EMPTY_SHARED_STATE } from '@/core/share/share-state';
import type { StateStorage } from './saved-state';
import { readSavedState, savedText, writeSavedText } from './saved-state';
import { toSharedValues } from './shared-values';
import { STORAGE_KEY } from './storage-key';

function memoryStorage(initial?: string): StateStorage & { readonly map: Map<string, string> } {
  const map = new Map<string, string>(initial === undefined ? [] : [[STORAGE_KEY, initial]]);
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}

const STATE = {
  ...EMPTY_SHARED_STATE,
  values: { learning_rate: '3e-5', bf16: true },
  hardware: 'cpu',
  run: { examples: 500, devicesPerNode: 2, nodes: 1 },
} as const;

describe('readSavedState', () => {
  it('starts empty on a first visit', () => {
    expect(readSavedState(memoryStorage())).toEqual({ state: EMPTY_SHARED_STATE, notice: null, text: null });
    expect(readSavedState(null).state).toBe(EMPTY_SHARED_STATE);
  });

  it('reads back what was written', () => {
    const storage = memoryStorage();
    writeSavedText(storage, savedText(STATE));
    expect(readSavedState(storage)).toMatchObject({ state: STATE, notice: null });
  });

  it('ignores a corrupt or foreign store with a notice that keeps its text for download', () => {
    for (const text of ['{not json', '"a string"', '{"v":99}', 'null']) {
      expect(readSavedState(memoryStorage(text))).toMatchObject({ state: EMPTY_SHARED_STATE, notice: { kind: 'stored-unreadable', raw: text } });
    }
    expect(readSavedState(memoryStorage('{"v":99}')).notice).toMatchObject({ reason: 'unsupported-version' });
    expect(readSavedState(memoryStorage('{not json')).notice).toMatchObject({ reason: 'not-json' });
  });

  it('keeps the readable part and says what it left out', () => {
    const text = JSON.stringify({ v: 1, values: { learning_rate: '1e-4', old_field: '1' }, hardware: 'cpu' });
    expect(readSavedState(memoryStorage(text))).toMatchObject({
      state: {
        values: { learning_rate: '1e-4' },
        hardware: 'cpu',
        release: EMPTY_SHARED_STATE.release,
        target: EMPTY_SHARED_STATE.target,
        configClass: 'TrainingArguments',
      },
      notice: { kind: 'stored-partial', dropped: [{ path: 'values.old_field', reason: 'unknown-field' }] },
    });
    // What was left out can be downloaded as it was stored.
    const notice = readSavedState(memoryStorage(text)).notice;
    expect(notice?.kind === 'stored-partial' && JSON.parse(notice.raw)).toEqual({ 'values.old_field': '1' });
  });

  it('restores work on another release or class with a notice that names them', () => {
    const older = { ...STATE, release: '4.57', target: '4.57' as const };
    expect(readSavedState(memoryStorage(savedText(older)))).toMatchObject({
      state: { release: '4.57', target: '4.57', values: STATE.values },
      notice: { kind: 'stored-other-target', release: '4.57', configClass: 'TrainingArguments', onLatest: false, upgraded: false },
    });
    const sft = { ...STATE, configClass: 'SFTConfig' };
    expect(readSavedState(memoryStorage(savedText(sft))).notice).toEqual({
      kind: 'stored-other-target',
      release: EMPTY_SHARED_STATE.release,
      configClass: 'SFTConfig',
      onLatest: true,
      upgraded: false,
    });
    // Another release of the default band is checked as the latest is: nothing to tell.
    expect(readSavedState(memoryStorage(savedText({ ...STATE, release: '5.16' }))).notice).toBeNull();
  });

  it('says when it upgraded work stored in the older shape (a target, no release)', () => {
    const band = JSON.stringify({ v: 1, target: '5.2-5.5', configClass: 'TrainingArguments', values: { warmup_ratio: '0.1' }, hardware: 'cpu' });
    expect(readSavedState(memoryStorage(band))).toMatchObject({
      state: { release: '5.5', target: '5.2-5.5', values: { warmup_ratio: '0.1' } },
      notice: { kind: 'stored-other-target', release: '5.5', onLatest: false, upgraded: true },
    });
    const latest = JSON.stringify({ v: 1, target: '5.15-5.18', configClass: 'TrainingArguments', values: { seed: '1' } });
    expect(readSavedState(memoryStorage(latest))).toMatchObject({ state: { release: '5.18', values: { seed: '1' } }, notice: { kind: 'stored-upgraded' } });
  });

  it('prefers the notice that offers what could not be read', () => {
    const text = JSON.stringify({ v: 1, release: '4.57', values: { old_field: '1' } });
    expect(readSavedState(memoryStorage(text)).notice).toMatchObject({ kind: 'stored-partial' });
  });

  it('survives a store that throws', () => {
    const throwing: StateStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readSavedState(throwing).state).toBe(EMPTY_SHARED_STATE);
    expect(writeSavedText(throwing, 'x')).toBe('unavailable');
    expect(writeSavedText(null, 'x')).toBe('unavailable');
  });

  it('tells a full store from one that is turned off', () => {
    const full: StateStorage = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
      },
    };
    expect(writeSavedText(full, 'x')).toBe('full');
  });
});

describe('toSharedValues', () => {
  it('drops unset values and keeps explicit None', () => {
    expect(toSharedValues({ a: undefined, b: null, c: '1', d: ['x'] })).toEqual({ b: null, c: '1', d: ['x'] });
  });
});
