import type { SharedState } from '@/core/share/share-state';
import type { SavedState, StateStorage } from './saved-state';
import { readSavedState, savedText, writeSavedText } from './saved-state';
import type { StateNotice, StorageProblem } from './state-notice';
import { KEPT_WORK_KEY, STORAGE_KEY } from './storage-key';
import { tellOnce } from './tell-once';
import { localStorageOrNull } from '@/web/shared/preferences/local-storage';

/** Typing pauses this long before the state is written; hiding or leaving the page writes at once. */
export const SAVE_DELAY_MS = 400;

const SHARE_PARAM = /^#(?:.*&)?s=/;

/** What opening a share link gave: the state to show (if readable) and what to tell the user. */
export interface OpenedLink {
  readonly state: SharedState | null;
  readonly notice: StateNotice;
}

/** What a save did. `conflict`: the store changed since this page last read or wrote it (another tab, or
 * anyone else), so nothing was written: the page never overwrites work it has not seen. `full` and
 * `unavailable`: the browser would not store it (quota; private mode or storage turned off). */
export type SaveOutcome = 'saved' | 'unchanged' | 'conflict' | StorageProblem;

export interface Autosave {
  /** Something changed: save `read()` once changes pause. */
  readonly changed: () => void;
  /** Writes a pending change now and stops listening. */
  readonly stop: () => void;
}

/** Reading and writing the working state: a chunk of its own, outside the first-load bundle. */
export interface Persistence {
  /** What the last visit saved, and what could not be read of it. */
  readonly saved: SavedState;
  /** Stores the state, unless it is exactly what is stored already or the store changed under this page. */
  save(state: SharedState): SaveOutcome;
  /** Stores the state even over a change made elsewhere: the user chose to keep this page's work. */
  overwrite(state: SharedState): SaveOutcome;
  /** Reads the store again and takes what is there as seen: the user chose the other writer's work. */
  adoptStored(): SavedState;
  /** Debounced saving of `read()`, flushed when the page is hidden or left; `onConflict` hears of a save refused
   * because the store changed elsewhere, and of another tab's write as it happens; `onFailure` of a save the
   * browser would not store. */
  autosave(read: () => SharedState, onConflict?: () => void, onFailure?: (problem: StorageProblem) => void): Autosave;
  /** Keeps a copy of the work `current` before a link's `incoming` state replaces it. True when a copy was
   * kept; false when there was nothing to lose (an empty form, or the same state) or the browser refused. */
  keepWork(current: SharedState, incoming: SharedState): boolean;
  /** The work kept before the last share link, if any. */
  keptWork(): SharedState | null;
  /** Reads a `#s=…` share link; `null` when the fragment carries none. */
  openLink(hash: string): Promise<OpenedLink | null>;
  /** Opens the page's share link now and whenever the fragment changes to one; returns the stop function. */
  followLinks(onOpen: (opened: OpenedLink) => void): () => void;
}

/** The persistence of this browser (or of `storage`, in tests). */
export function createPersistence(storage: StateStorage | null = localStorageOrNull()): Persistence {
  const saved = tellOnce(readSavedState(storage), storage);
  // The stored text as this page last read or wrote it. A store that no longer holds it was written by
  // someone else since, and saving over it would silently destroy that work.
  let lastText = saved.text;
  const storedNow = () => {
    try {
      return storage?.getItem(STORAGE_KEY) ?? null;
    } catch {
      return lastText;
    }
  };
  const write = (text: string): SaveOutcome => {
    const written = writeSavedText(storage, text);
    if (written !== true) return written;
    lastText = text;
    return 'saved';
  };
  const save = (state: SharedState): SaveOutcome => {
    const text = savedText(state);
    if (text === lastText) return 'unchanged';
    if (storedNow() !== lastText) return 'conflict';
    return write(text);
  };
  const overwrite = (state: SharedState): SaveOutcome => write(savedText(state));
  const adoptStored = (): SavedState => {
    const read = readSavedState(storage);
    lastText = read.text;
    return read;
  };
  const openLink = async (hash: string): Promise<OpenedLink | null> => {
    if (!SHARE_PARAM.test(hash)) return null;
    // The codec (deflate, base64url) loads only for pages opened from a link.
    const { decodeShareToken, tokenFromHash } = await import('@/core/share/share-link');
    const token = tokenFromHash(hash);
    if (token === null) return null;
    const read = await decodeShareToken(token);
    if (!read.ok) return { state: null, notice: { kind: 'link-unreadable', reason: read.reason } };
    return { state: read.state, notice: read.dropped.length > 0 ? { kind: 'link-partial', dropped: read.dropped } : { kind: 'link-loaded' } };
  };
  const keepWork = (current: SharedState, incoming: SharedState): boolean => {
    const text = savedText(current);
    if (Object.keys(current.values).length === 0 || text === savedText(incoming)) return false;
    return writeSavedText(storage, text, KEPT_WORK_KEY) === true;
  };
  const keptWork = (): SharedState | null => {
    const read = readSavedState(storage, KEPT_WORK_KEY);
    return read.text === null || read.notice?.kind === 'stored-unreadable' ? null : read.state;
  };
  return {
    saved,
    save,
    overwrite,
    adoptStored,
    keepWork,
    keptWork,
    openLink,
    autosave(read, onConflict, onFailure) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const saveNow = () => {
        const outcome = save(read());
        if (outcome === 'conflict') onConflict?.();
        if (outcome === 'full' || outcome === 'unavailable') onFailure?.(outcome);
      };
      const flush = () => {
        if (timer === undefined) return;
        clearTimeout(timer);
        timer = undefined;
        saveNow();
      };
      const onHidden = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      // Another tab of this app wrote the store: say so now rather than at this page's next save.
      const onStorage = (event: StorageEvent) => {
        if (event.key === STORAGE_KEY && event.newValue !== lastText) onConflict?.();
      };
      const browser = typeof window !== 'undefined';
      if (browser) {
        window.addEventListener('pagehide', flush);
        window.addEventListener('storage', onStorage);
        document.addEventListener('visibilitychange', onHidden);
      }
      return {
        changed() {
          clearTimeout(timer);
          timer = setTimeout(() => {
            timer = undefined;
            saveNow();
          }, SAVE_DELAY_MS);
        },
        stop() {
          if (browser) {
            window.removeEventListener('pagehide', flush);
            window.removeEventListener('storage', onStorage);
            document.removeEventListener('visibilitychange', onHidden);
          }
          flush();
        },
      };
    },
    followLinks(onOpen) {
      let live = true;
      const open = () => {
        void openLink(window.location.hash).then((opened) => {
          if (!live || opened === null) return;
          // The link has done its job; without it a reload shows the saved (and since edited) state.
          window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
          onOpen(opened);
        });
      };
      open();
      window.addEventListener('hashchange', open);
      return () => {
        live = false;
        window.removeEventListener('hashchange', open);
      };
    },
  };
}
