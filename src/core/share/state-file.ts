import type { ReadState, SharedState } from './share-state';
import { readSharedState, writeSharedState } from './share-state';

/** The name a downloaded state gets; Import recognises the file by its content, not its name. */
export const STATE_FILE_NAME = 'trainargs-studio-state.json';

/**
 * A state as a file: the same versioned JSON as links and saved state (tokens left out), indented so it
 * reads and diffs well.
 * @example stateFileText(EMPTY_SHARED_STATE).startsWith('{\n  "v": 1') // true
 */
export function stateFileText(state: SharedState): string {
  return `${JSON.stringify(writeSharedState(state), null, 2)}\n`;
}

/**
 * Reads a state file, or `null` when the JSON is not one (no `v` with a `values` object): then it is an
 * ordinary JSON of arguments.
 * @example readStateFile('{"v": 1, "values": {"seed": "3"}}')?.ok // true
 */
export function readStateFile(json: unknown): ReadState | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const record = json as Record<string, unknown>;
  const values = record.values;
  if (!('v' in record) || typeof values !== 'object' || values === null || Array.isArray(values)) return null;
  return readSharedState(json);
}
