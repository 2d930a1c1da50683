import type { SharedState } from '@/core/share/share-state';
import type { SavedState, StateStorage } from './saved-state';
import { browserStorage, readSavedState, savedText, writeSavedText } from './saved-state';
import type { StateNotice } from './state-notice';

/** Typing pauses this long before the state is written; hiding or leaving the page writes at once. */
export const SAVE_DELAY_MS = 400;

const SHARE_PARAM = /^#(?:.*&)?s=/;

/** What opening a share link gave: the state to show (if readable) and what to tell the user. */
export interface OpenedLink {
  readonly state: SharedState | null;
  readonly notice: StateNotice;
}

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
  /** Stores the state, unless it is exactly what is stored already. */
  save(state: SharedState): void;
  /** Debounced saving of `read()`, flushed when the page is hidden or left. */
  autosave(read: () => SharedState): Autosave;
  /** Reads a `#s=…` share link; `null` when the fragment carries none. */
  openLink(hash: string): Promise<OpenedLink | null>;
  /** Opens the page's share link now and whenever the fragment changes to one; returns the stop function. */
  followLinks(onOpen: (opened: OpenedLink) => void): () => void;
}

/** The persistence of this browser (or of `storage`, in tests). */
export function createPersistence(storage: StateStorage | null = browserStorage()): Persistence {
  const saved = readSavedState(storage);
  let lastText = saved.text;
  const save = (state: SharedState) => {
    const text = savedText(state);
    if (text !== lastText && writeSavedText(storage, text)) lastText = text;
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
  return {
    saved,
    save,
    openLink,
    autosave(read) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const flush = () => {
        if (timer === undefined) return;
        clearTimeout(timer);
        timer = undefined;
        save(read());
      };
      const onHidden = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      const browser = typeof window !== 'undefined';
      if (browser) {
        window.addEventListener('pagehide', flush);
        document.addEventListener('visibilitychange', onHidden);
      }
      return {
        changed() {
          clearTimeout(timer);
          timer = setTimeout(() => {
            timer = undefined;
            save(read());
          }, SAVE_DELAY_MS);
        },
        stop() {
          if (browser) {
            window.removeEventListener('pagehide', flush);
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
