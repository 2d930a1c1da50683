import { formatCount } from './derived-numbers';

/** A long list shortened to its first and last items, with how many were left out in between. */
export interface Elided<T> {
  readonly head: readonly T[];
  readonly hidden: number;
  readonly tail: readonly T[];
}

/** Keeps `head` items from the start and `tail` from the end of a list longer than both together. */
export function elide<T>(items: readonly T[], head: number, tail: number): Elided<T> {
  if (items.length <= head + tail + 1) return { head: items, hidden: 0, tail: [] };
  return { head: items.slice(0, head), hidden: items.length - head - tail, tail: items.slice(items.length - tail) };
}

/** Steps as a short text: `12, 24, 36, …, 228` (every step when there are few). */
export function previewSteps(steps: readonly number[], head = 4, tail = 2): string {
  const { head: first, hidden, tail: last } = elide(steps, head, tail);
  const text = first.map(formatCount).join(', ');
  return hidden === 0 ? text : `${text}, …, ${last.map(formatCount).join(', ')}`;
}
