import { useCallback, useEffect, useState } from 'react';
import type { FormValues } from '@/web/shared/form/form-values';
import type { UserPreset } from './user-presets';
import { loadUserPresets, PRESETS_KEY, storeUserPresets } from './user-presets';
import { localStorageOrNull } from '@/web/shared/preferences/local-storage';

export interface UserPresets {
  readonly list: readonly UserPreset[];
  /** False after the browser refused to store a change (the list still holds it for this page). */
  readonly stored: boolean;
  readonly newId: () => string;
  readonly add: (name: string, values: FormValues) => void;
  readonly addAll: (presets: readonly UserPreset[]) => void;
  readonly rename: (id: string, name: string) => void;
  readonly remove: (id: string) => void;
}

const newId = () => (typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `p-${Date.now()}-${Math.random().toString(36).slice(2)}`);

/** The user's presets in this browser, kept in step with other tabs. */
export function useUserPresets(): UserPresets {
  const [list, setList] = useState<readonly UserPreset[]>(() => loadUserPresets(localStorageOrNull()));
  const [stored, setStored] = useState(true);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === PRESETS_KEY) setList(loadUserPresets(localStorageOrNull()));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  const update = useCallback((change: (current: readonly UserPreset[]) => readonly UserPreset[]) => {
    // Read again first: another tab may have added presets since this list was loaded.
    const next = change(loadUserPresets(localStorageOrNull()));
    setStored(storeUserPresets(localStorageOrNull(), next));
    setList(next);
  }, []);
  return {
    list,
    stored,
    newId,
    add: (name, values) => update((current) => [...current, { id: newId(), name, values: { ...values } }]),
    addAll: (presets) => update((current) => [...current, ...presets]),
    rename: (id, name) => update((current) => current.map((p) => (p.id === id ? { ...p, name } : p))),
    remove: (id) => update((current) => current.filter((p) => p.id !== id)),
  };
}
