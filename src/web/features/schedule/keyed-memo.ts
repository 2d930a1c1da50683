/**
 * Remembers the last computed value and its key: the same key gives back the same object, so
 * React memos and effects downstream see no change. Keys are cheap to build; values may not be.
 */
export function createKeyedMemo<T>(): (key: string, compute: () => T) => T {
  let last: { readonly key: string; readonly value: T } | null = null;
  return (key, compute) => {
    if (last === null || last.key !== key) last = { key, value: compute() };
    return last.value;
  };
}
