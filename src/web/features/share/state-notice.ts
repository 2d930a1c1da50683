import type { Dropped, UnreadableReason } from '@/core/share/share-state';

/** Something to tell the user about restoring or opening a state: never an exception, always a notice. */
export type StateNotice =
  | { readonly kind: 'stored-unreadable' }
  | { readonly kind: 'stored-partial'; readonly dropped: readonly Dropped[] }
  /** Another tab (or anyone) saved different work since this page read the store; nothing was overwritten. */
  | { readonly kind: 'stored-elsewhere' }
  | { readonly kind: 'link-unreadable'; readonly reason: UnreadableReason }
  | { readonly kind: 'link-partial'; readonly dropped: readonly Dropped[] }
  | { readonly kind: 'link-loaded' }
  /** A link replaced different work; a copy of that work is kept and can be restored. */
  | { readonly kind: 'link-over-work'; readonly dropped: readonly Dropped[] }
  /** The kept work was put back. */
  | { readonly kind: 'work-restored' };

/** The names of what was left out, short enough for one line: `lerning_rate, hardware, +3 more`. */
export function droppedNames(dropped: readonly Dropped[], max = 5): string {
  const names = dropped.map((d) => d.path.replace(/^values\./, ''));
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')}, +${names.length - max}`;
}
