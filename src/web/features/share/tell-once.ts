import type { SavedState, StateStorage } from './saved-state';
import { readSavedText, writeSavedText } from './saved-state';
import { TOLD_SCHEMA_KEY } from './storage-key';

/**
 * Saved work that opens on another release or class than a fresh visit is told about on the first visit that
 * opens it there, not on every one: someone who works on `SFTConfig` on purpose needs telling once, and the
 * header names the release and class all along. Work stored in an older shape is told about regardless (it
 * happens once anyway), and so is work on a release or class not told about before.
 */
export function tellOnce(saved: SavedState, storage: StateStorage | null): SavedState {
  const notice = saved.notice;
  if (notice?.kind !== 'stored-other-target') return saved;
  const schema = `${notice.release} ${notice.configClass}`;
  if (readSavedText(storage, TOLD_SCHEMA_KEY) === schema && !notice.upgraded) return { ...saved, notice: null };
  // Remembered as it is told; a store that refuses it only means telling again next time.
  writeSavedText(storage, schema, TOLD_SCHEMA_KEY);
  return saved;
}
