import type { SharedState } from '@/core/share/share-state';
import { EMPTY_SHARED_STATE, readSharedState, writeSharedState } from '@/core/share/share-state';
import type { StateNotice } from './state-notice';
import { STORAGE_KEY } from './storage-key';

/** The part of `Storage` used here; tests pass a map. */
export type StateStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface SavedState {
  readonly state: SharedState;
  /** Set when the stored state was (partly) unreadable. */
  readonly notice: StateNotice | null;
  /** The stored text as read, so an unchanged state is not written back. */
  readonly text: string | null;
}

/** The browser's localStorage, or `null` where it is unavailable (disabled, sandboxed). */
export function browserStorage(): StateStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * The state saved by the last visit. A corrupt or foreign value is ignored with a notice, never thrown:
 * a broken store must not keep the app from starting.
 */
export function readSavedState(storage: StateStorage | null = browserStorage(), key: string = STORAGE_KEY): SavedState {
  let text: string | null;
  try {
    text = storage?.getItem(key) ?? null;
  } catch {
    text = null;
  }
  if (text === null) return { state: EMPTY_SHARED_STATE, notice: null, text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: EMPTY_SHARED_STATE, notice: { kind: 'stored-unreadable' }, text };
  }
  const read = readSharedState(json);
  if (!read.ok) return { state: EMPTY_SHARED_STATE, notice: { kind: 'stored-unreadable' }, text };
  return { state: read.state, notice: read.dropped.length > 0 ? { kind: 'stored-partial', dropped: read.dropped } : null, text };
}

/** The text a state is stored as. */
export function savedText(state: SharedState): string {
  return JSON.stringify(writeSharedState(state));
}

/** Stores the text; false when the store refuses it (quota, disabled), which only costs the next visit. */
export function writeSavedText(storage: StateStorage | null, text: string, key: string = STORAGE_KEY): boolean {
  try {
    storage?.setItem(key, text);
    return storage !== null;
  } catch {
    return false;
  }
}
