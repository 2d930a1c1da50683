import type { createPersistence } from './persistence';
import { localStorageOrNull } from '@/web/shared/preferences/local-storage';
import { STORAGE_KEY } from './storage-key';

export interface PersistenceModule {
  readonly createPersistence: typeof createPersistence;
}

let loaded: PersistenceModule | null = null;
let loading: Promise<PersistenceModule> | null = null;

/**
 * Loads the code that reads and writes the saved state (a chunk of its own, out of the first-load
 * bundle); once per page.
 */
export function loadPersistence(): Promise<PersistenceModule> {
  loading ??= import('./persistence').then((module) => (loaded = module));
  return loading;
}

/** The persistence code if it has loaded already, so a restore can happen before the first paint. */
export function loadedPersistence(): PersistenceModule | null {
  return loaded;
}

/** Whether this browser holds saved work (a cheap check, without reading it). */
export function hasSavedState(): boolean {
  try {
    const stored = localStorageOrNull()?.getItem(STORAGE_KEY);
    return stored !== null && stored !== undefined;
  } catch {
    // Storage that refuses to be read (private mode) holds nothing this page can restore.
    return false;
  }
}
