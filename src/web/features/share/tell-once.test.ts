import { describe, expect, it } from 'vitest';
import { EMPTY_SHARED_STATE } from '@/core/share/share-state';
import type { SavedState, StateStorage } from './saved-state';
import { tellOnce } from './tell-once';

function memoryStorage(): StateStorage {
  const map = new Map<string, string>();
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}

function savedOn(release: string, configClass: string, upgraded = false): SavedState {
  return {
    state: { ...EMPTY_SHARED_STATE, release, configClass },
    notice: { kind: 'stored-other-target', release, configClass, onLatest: release === EMPTY_SHARED_STATE.release, upgraded },
    text: '{}',
  };
}

describe('tellOnce', () => {
  it('tells of work on another class on the first visit that opens it, not on the next', () => {
    const storage = memoryStorage();
    expect(tellOnce(savedOn('5.18', 'SFTConfig'), storage).notice).toMatchObject({ configClass: 'SFTConfig' });
    const next = tellOnce(savedOn('5.18', 'SFTConfig'), storage);
    expect(next.notice).toBeNull();
    expect(next.state.configClass).toBe('SFTConfig');
  });

  it('tells again when the work moved to a release or class not told about', () => {
    const storage = memoryStorage();
    tellOnce(savedOn('5.18', 'SFTConfig'), storage);
    expect(tellOnce(savedOn('4.57', 'SFTConfig'), storage).notice).toMatchObject({ release: '4.57' });
    expect(tellOnce(savedOn('4.57', 'DPOConfig'), storage).notice).toMatchObject({ configClass: 'DPOConfig' });
    expect(tellOnce(savedOn('4.57', 'DPOConfig'), storage).notice).toBeNull();
  });

  it('always tells of work upgraded from an older stored shape', () => {
    const storage = memoryStorage();
    tellOnce(savedOn('4.57', 'TrainingArguments'), storage);
    expect(tellOnce(savedOn('4.57', 'TrainingArguments', true), storage).notice).toMatchObject({ upgraded: true });
  });

  it('leaves every other notice alone, and tells each time where nothing can be remembered', () => {
    const unreadable: SavedState = { state: EMPTY_SHARED_STATE, notice: { kind: 'stored-unreadable', reason: 'not-json', raw: '{' }, text: '{' };
    expect(tellOnce(unreadable, memoryStorage())).toBe(unreadable);
    expect(tellOnce(savedOn('5.18', 'SFTConfig'), null).notice).not.toBeNull();
    expect(tellOnce(savedOn('5.18', 'SFTConfig'), null).notice).not.toBeNull();
    const refusing: StateStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(tellOnce(savedOn('5.18', 'SFTConfig'), refusing).notice).not.toBeNull();
  });
});
