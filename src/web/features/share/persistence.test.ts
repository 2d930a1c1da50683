import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeShareToken } from '@/core/share/share-link';
import type { SharedState } from '@/core/share/share-state';
import { EMPTY_SHARED_STATE } from '@/core/share/share-state';
import { createPersistence, SAVE_DELAY_MS } from './persistence';
import type { StateStorage } from './saved-state';
import { STORAGE_KEY } from './storage-key';

function memoryStorage(): StateStorage & { writes: number; readonly map: Map<string, string> } {
  const map = new Map<string, string>();
  const storage = {
    map,
    writes: 0,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => {
      storage.writes++;
      map.set(key, value);
    },
  };
  return storage;
}

const STATE: SharedState = { ...EMPTY_SHARED_STATE, values: { learning_rate: '1e-4' }, hardware: 'mps', run: { examples: 64, devicesPerNode: 2, nodes: 1 } };

describe('createPersistence', () => {
  it('saves a changed state once and restores it on the next visit', () => {
    const storage = memoryStorage();
    const first = createPersistence(storage);
    expect(first.saved.state).toBe(EMPTY_SHARED_STATE);
    first.save(STATE);
    first.save(STATE);
    expect(storage.writes).toBe(1);
    const next = createPersistence(storage);
    expect(next.saved.state).toEqual(STATE);
    next.save(STATE);
    expect(storage.writes).toBe(1);
  });

  it('opens a share link, and says when it cannot', async () => {
    const persistence = createPersistence(memoryStorage());
    const token = await encodeShareToken(STATE);
    expect(await persistence.openLink(`#s=${token}`)).toEqual({ state: STATE, notice: { kind: 'link-loaded' } });
    expect(await persistence.openLink('#s=zzzz')).toEqual({ state: null, notice: { kind: 'link-unreadable', reason: 'bad-encoding' } });
    expect(await persistence.openLink('#rules')).toBeNull();
  });

  describe('autosave', () => {
    afterEach(() => vi.useRealTimers());

    it('saves once typing pauses, and what is pending when stopped', () => {
      vi.useFakeTimers();
      const storage = memoryStorage();
      let state = STATE;
      const autosave = createPersistence(storage).autosave(() => state);
      autosave.changed();
      autosave.changed();
      vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
      expect(storage.writes).toBe(0);
      vi.advanceTimersByTime(1);
      expect(storage.writes).toBe(1);
      state = { ...STATE, hardware: 'cpu' };
      autosave.changed();
      autosave.stop();
      expect(storage.writes).toBe(2);
      expect(createPersistence(storage).saved.state.hardware).toBe('cpu');
      vi.advanceTimersByTime(SAVE_DELAY_MS);
      expect(storage.writes).toBe(2);
    });

    it('never writes over a store that changed since the page read it, and says so', () => {
      vi.useFakeTimers();
      const storage = memoryStorage();
      const conflicts: number[] = [];
      const persistence = createPersistence(storage);
      const autosave = persistence.autosave(
        () => STATE,
        () => conflicts.push(1),
      );
      autosave.changed();
      // Someone else (another tab, or a test) writes while this page's save is pending.
      storage.map.set(STORAGE_KEY, '{"v":1,"values":');
      vi.advanceTimersByTime(SAVE_DELAY_MS);
      expect(storage.map.get(STORAGE_KEY)).toBe('{"v":1,"values":');
      expect(conflicts).toHaveLength(1);
      // Leaving the page with a change pending does not write over it either.
      autosave.changed();
      autosave.stop();
      expect(storage.map.get(STORAGE_KEY)).toBe('{"v":1,"values":');
      expect(storage.writes).toBe(0);
    });
  });

  it('reports a store that refuses to save, without throwing', () => {
    vi.useFakeTimers();
    const failures: string[] = [];
    const full = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
      },
    };
    const autosave = createPersistence(full).autosave(
      () => STATE,
      undefined,
      (problem) => failures.push(problem),
    );
    autosave.changed();
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(failures).toEqual(['full']);
    expect(createPersistence(null).save(STATE)).toBe('unavailable');
    vi.useRealTimers();
  });

  it("keeps this page's work over another writer's only when asked, or adopts theirs", () => {
    const storage = memoryStorage();
    const mine = createPersistence(storage);
    const theirs = createPersistence(storage);
    expect(theirs.save({ ...STATE, hardware: 'cpu' })).toBe('saved');
    expect(mine.save(STATE)).toBe('conflict');
    expect(createPersistence(storage).saved.state.hardware).toBe('cpu');
    expect(mine.overwrite(STATE)).toBe('saved');
    expect(createPersistence(storage).saved.state).toEqual(STATE);
    expect(theirs.save({ ...STATE, hardware: 'mps', run: { examples: 1, devicesPerNode: 1, nodes: 1 } })).toBe('conflict');
    expect(theirs.adoptStored().state).toEqual(STATE);
    expect(theirs.save({ ...STATE, hardware: 'cpu' })).toBe('saved');
  });
});
