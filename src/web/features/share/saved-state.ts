import type { SharedState } from '@/core/share/share-state';
import { EMPTY_SHARED_STATE, readSharedState, writeSharedState } from '@/core/share/share-state';
import type { StateNotice, StorageProblem } from './state-notice';
import { droppedParts, restoredNotice } from './state-notice';
import { STORAGE_KEY } from './storage-key';
import { localStorageOrNull } from '@/web/shared/preferences/local-storage';

/** The part of `Storage` used here; tests pass a map. */
export type StateStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface SavedState {
  readonly state: SharedState;
  /** Set when the stored state was (partly) unreadable. */
  readonly notice: StateNotice | null;
  /** The stored text as read, so an unchanged state is not written back. */
  readonly text: string | null;
}

/**
 * The state saved by the last visit. A corrupt or foreign value is ignored with a notice, never thrown:
 * a broken store must not keep the app from starting. Work on another release or class than a fresh visit
 * opens, or upgraded from an older shape, is restored with a notice saying so.
 */
export function readSavedState(storage: StateStorage | null = localStorageOrNull(), key: string = STORAGE_KEY): SavedState {
  const text = readSavedText(storage, key);
  if (text === null) return { state: EMPTY_SHARED_STATE, notice: null, text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: EMPTY_SHARED_STATE, notice: { kind: 'stored-unreadable', reason: 'not-json', raw: text }, text };
  }
  const read = readSharedState(json);
  if (!read.ok) return { state: EMPTY_SHARED_STATE, notice: { kind: 'stored-unreadable', reason: read.reason, raw: text }, text };
  // What could not be read outweighs the rest: the notice offers it as a download.
  if (read.dropped.length === 0) return { state: read.state, notice: restoredNotice(read.state, read.upgraded), text };
  const raw = JSON.stringify(droppedParts(json, read.dropped), null, 2);
  return { state: read.state, notice: { kind: 'stored-partial', dropped: read.dropped, raw }, text };
}

/** The text stored under `key`; null when there is none or the store refuses to be read (private mode). */
export function readSavedText(storage: StateStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** The text a state is stored as. */
export function savedText(state: SharedState): string {
  return JSON.stringify(writeSharedState(state));
}

/** What storing gave: `true`, or why the browser would not keep it. */
export type WriteResult = true | StorageProblem;

/**
 * Stores the text; when the store refuses it (private mode, disabled storage, quota) says why, never
 * throws: a lost save costs the next visit, a crash would cost this one.
 */
export function writeSavedText(storage: StateStorage | null, text: string, key: string = STORAGE_KEY): WriteResult {
  if (storage === null) return 'unavailable';
  try {
    storage.setItem(key, text);
    return true;
  } catch (error) {
    return isQuotaError(error) ? 'full' : 'unavailable';
  }
}

function isQuotaError(error: unknown): boolean {
  // Browsers differ in name and code (Firefox: NS_ERROR_DOM_QUOTA_REACHED, old WebKit: code 22).
  return error instanceof Error && (/quota/i.test(error.name) || (error as { code?: unknown }).code === 22);
}
