import { useEffect, useState } from 'react';

/** A module-level function that loads something once (usually through a dynamic `import()`). */
export type Loader<T> = () => Promise<T>;

export type LazyValue<T> =
  { readonly status: 'idle' | 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'failed'; readonly message: string };

const loaded = new Map<Loader<unknown>, unknown>();
const pending = new Map<Loader<unknown>, Promise<unknown>>();

/** Starts loading (once per loader; a failed load is retried next time) and resolves with the value. */
export function loadOnce<T>(load: Loader<T>): Promise<T> {
  if (loaded.has(load)) return Promise.resolve(loaded.get(load) as T);
  let promise = pending.get(load) as Promise<T> | undefined;
  if (!promise) {
    promise = load().then((value) => {
      loaded.set(load, value);
      pending.delete(load);
      return value;
    });
    promise.catch(() => pending.delete(load));
    pending.set(load, promise);
  }
  return promise;
}

function current<T>(load: Loader<T> | null): LazyValue<T> {
  if (load === null) return { status: 'idle' };
  return loaded.has(load) ? { status: 'ready', value: loaded.get(load) as T } : { status: 'loading' };
}

/**
 * The value of a lazily loaded module part, loading it on first use; ready at once when an earlier
 * render has loaded it already. `load` must be a stable (module-level) function; null loads nothing.
 */
export function useLazyValue<T>(load: Loader<T> | null): LazyValue<T> {
  const [failure, setFailure] = useState<{ load: Loader<T>; message: string } | undefined>(undefined);
  const [, setVersion] = useState(0);
  const state = current(load);
  useEffect(() => {
    if (load === null || loaded.has(load)) return;
    let live = true;
    loadOnce(load).then(
      () => live && setVersion((v) => v + 1),
      (error: unknown) => live && setFailure({ load, message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (state.status === 'loading' && failure?.load === load) return { status: 'failed', message: failure.message };
  return state;
}
