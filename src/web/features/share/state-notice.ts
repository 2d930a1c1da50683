import type { Dropped, SharedState, UnreadableReason } from '@/core/share/share-state';
import { EMPTY_SHARED_STATE } from '@/core/share/share-state';

/** Why the saved work could not be kept, as far as the browser tells. */
export type StorageProblem = 'unavailable' | 'full';

/** Something to tell the user about restoring or opening a state: never an exception, always a notice. */
export type StateNotice =
  /** `raw` is the stored text, offered as a download so nothing is lost. */
  | { readonly kind: 'stored-unreadable'; readonly reason: UnreadableReason; readonly raw: string }
  /** `raw` holds the parts that were left out, as JSON, offered as a download. */
  | { readonly kind: 'stored-partial'; readonly dropped: readonly Dropped[]; readonly raw: string }
  /**
   * The saved work builds another release or class than a fresh visit opens (the newest release, plain
   * `TrainingArguments`): checks follow its release. `onLatest` when only the class differs (nothing to switch to);
   * `upgraded` when it was stored in an older shape of the format.
   */
  | {
      readonly kind: 'stored-other-target';
      readonly release: string;
      readonly configClass: string;
      readonly onLatest: boolean;
      readonly upgraded: boolean;
    }
  /** The saved work was stored in an older shape of the format and was read into today's, nothing lost. */
  | { readonly kind: 'stored-upgraded' }
  /** Another tab (or anyone) saved different work since this page read the store; nothing was overwritten. */
  | { readonly kind: 'stored-elsewhere' }
  /** The browser would not store the work (private mode, storage disabled, quota): it lives only in this page. */
  | { readonly kind: 'storage-failed'; readonly problem: StorageProblem }
  | { readonly kind: 'link-unreadable'; readonly reason: UnreadableReason }
  | { readonly kind: 'link-partial'; readonly dropped: readonly Dropped[] }
  | { readonly kind: 'link-loaded' }
  /** A share link would be longer than links can safely be: none was made; a file is offered instead. */
  | { readonly kind: 'link-too-long'; readonly length: number }
  /** A link replaced different work; a copy of that work is kept and can be restored. */
  | { readonly kind: 'link-over-work'; readonly dropped: readonly Dropped[] }
  /** The kept work was put back. */
  | { readonly kind: 'work-restored' };

/**
 * What to tell about saved work read in full: that it opens on another release or class than a fresh visit
 * would, or that it was upgraded from an older shape; null when it opens just as stored on the defaults.
 * @example restoredNotice({ ...EMPTY_SHARED_STATE, release: '4.57', target: '4.57' }, false)
 * // { kind: 'stored-other-target', release: '4.57', configClass: 'TrainingArguments', onLatest: false, upgraded: false }
 */
export function restoredNotice(state: SharedState, upgraded: boolean): StateNotice | null {
  const onLatest = state.target === EMPTY_SHARED_STATE.target;
  if (!onLatest || state.configClass !== EMPTY_SHARED_STATE.configClass) {
    return { kind: 'stored-other-target', release: state.release, configClass: state.configClass, onLatest, upgraded };
  }
  return upgraded ? { kind: 'stored-upgraded' } : null;
}

/** The names of what was left out, short enough for one line: `lerning_rate, hardware, +3 more`. */
export function droppedNames(dropped: readonly Dropped[], max = 5): string {
  const names = dropped.map((d) => d.path.replace(/^values\./, ''));
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')}, +${names.length - max}`;
}

/**
 * The parts of a stored state that were left out, as they were stored, keyed by their paths: what the
 * user can download so that nothing unreadable is silently lost.
 * @example droppedParts({ v: 1, values: { old: '1' } }, [{ path: 'values.old', reason: 'unknown-field' }]) // { 'values.old': '1' }
 */
export function droppedParts(json: unknown, dropped: readonly Dropped[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { path } of dropped) {
    let node: unknown = json;
    // Paths are `part` or `part.name`; a field name never holds a dot past the first.
    const dot = path.indexOf('.');
    for (const key of dot < 0 ? [path] : [path.slice(0, dot), path.slice(dot + 1)]) {
      node = typeof node === 'object' && node !== null && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
    }
    out[path] = node;
  }
  return out;
}
