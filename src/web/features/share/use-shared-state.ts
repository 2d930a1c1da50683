import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { UseFormGetValues, UseFormSetValue, UseFormWatch } from 'react-hook-form';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import { DEFAULT_HARDWARE } from '@/core/hardware/hardware-profile';
import type { RunContext } from '@/core/schedule/run-context';
import { DEFAULT_RUN_CONTEXT } from '@/core/schedule/run-context';
import type { SharedState } from '@/core/share/share-state';
import type { FormValues } from '@/web/shared/form/form-values';
import type { Persistence } from './persistence';
import type { PersistenceModule } from './persistence-loader';
import { loadedPersistence, loadPersistence } from './persistence-loader';
import { toSharedValues } from './shared-values';
import type { StateNotice } from './state-notice';

export interface FormAccess {
  readonly setValue: UseFormSetValue<FormValues>;
  readonly watch: UseFormWatch<FormValues>;
  readonly getValues: UseFormGetValues<FormValues>;
  /** Replaces the form's values as one undoable step (restoring kept work goes through the history). */
  readonly replaceValues?: (values: FormValues) => void;
}

export interface SharedStateControls {
  readonly hardware: HardwareProfile;
  readonly setHardware: (hardware: HardwareProfile) => void;
  readonly run: RunContext;
  readonly setRun: (run: RunContext) => void;
  readonly notice: StateNotice | null;
  readonly dismissNotice: () => void;
  /** After another tab saved over this page's store: load that work, or keep this page's and save it. */
  readonly resolveConflict: (choice: 'theirs' | 'mine') => void;
  /** Puts back the work a share link replaced (its copy stays kept). */
  readonly restoreKeptWork: () => void;
  /** The state as it is right now, for a share link (read on demand, never kept). */
  readonly getState: () => SharedState;
}

/**
 * The state outside react-hook-form (hardware, run context) and keeping all of it: restored from
 * localStorage, saved shortly after each change and when the page is left, and replaced by a share
 * link's state when the page is opened from one. The work itself is in the lazily loaded `persistence`.
 */
export function useSharedState({ setValue, watch, getValues, replaceValues }: FormAccess): SharedStateControls {
  const [hardware, setHardware] = useState<HardwareProfile>(DEFAULT_HARDWARE);
  const [run, setRun] = useState<RunContext>(DEFAULT_RUN_CONTEXT);
  const [notice, setNotice] = useState<StateNotice | null>(null);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  // Read by the link handler, which must not re-subscribe (and re-open the link) when they change.
  const hardwareRef = useRef(hardware);
  const runRef = useRef(run);
  useEffect(() => {
    hardwareRef.current = hardware;
    runRef.current = run;
  }, [hardware, run]);

  const apply = useCallback(
    (state: SharedState) => {
      // Field by field rather than reset(): only the rows that change re-render, and the values are set,
      // not made the form's defaults (a field reset to "not set" must empty, not fall back to them).
      const current = getValues();
      const values = state.values as FormValues;
      for (const name of new Set([...Object.keys(current), ...Object.keys(values)])) {
        if (current[name] !== values[name]) setValue(name, values[name]);
      }
      setHardware(state.hardware);
      setRun(state.run);
    },
    [getValues, setValue],
  );

  // When the code has loaded before the app (main.tsx waits for it when there is saved work), the
  // restore happens here, before the first paint; otherwise as soon as it arrives.
  useLayoutEffect(() => {
    let live = true;
    const restore = (module: PersistenceModule) => {
      if (!live) return;
      const created = module.createPersistence();
      if (created.saved.text !== null) apply(created.saved.state);
      setNotice(created.saved.notice);
      setPersistence(created);
    };
    const module = loadedPersistence();
    if (module) restore(module);
    else void loadPersistence().then(restore);
    return () => {
      live = false;
    };
  }, [apply]);

  // The hardware and run context as last saved (or restored), so only a real change of them is saved:
  // a save at start-up, with nothing changed, could only overwrite what another writer put there.
  const savedContext = useRef<{ hardware: HardwareProfile; run: RunContext } | null>(null);
  useEffect(() => {
    if (persistence === null) return;
    const autosave = persistence.autosave(
      () => ({ values: toSharedValues(getValues()), hardware, run }),
      () => setNotice({ kind: 'stored-elsewhere' }),
    );
    const subscription = watch(autosave.changed);
    // Runs again when the hardware or run context changes: that is a change to save too.
    const previous = savedContext.current;
    if (previous !== null && (previous.hardware !== hardware || previous.run !== run)) autosave.changed();
    savedContext.current = { hardware, run };
    return () => {
      subscription.unsubscribe();
      autosave.stop();
    };
  }, [persistence, watch, getValues, hardware, run]);

  // After the saved state is restored, so a link's state wins over it.
  useEffect(() => {
    if (persistence === null) return;
    return persistence.followLinks((opened) => {
      if (!opened.state) {
        setNotice(opened.notice);
        return;
      }
      // Different work in the form is never simply replaced: a copy is kept first, and the notice offers it back.
      const current = { values: toSharedValues(getValues()), hardware: hardwareRef.current, run: runRef.current };
      const kept = persistence.keepWork(current, opened.state);
      apply(opened.state);
      const dropped = opened.notice.kind === 'link-partial' ? opened.notice.dropped : [];
      setNotice(kept ? { kind: 'link-over-work', dropped } : opened.notice);
    });
  }, [persistence, apply, getValues]);

  const restoreKeptWork = useCallback(() => {
    const kept = persistence?.keptWork();
    if (!kept) return;
    if (replaceValues) replaceValues(kept.values as FormValues);
    else apply(kept);
    setHardware(kept.hardware);
    setRun(kept.run);
    setNotice({ kind: 'work-restored' });
  }, [persistence, replaceValues, apply]);

  const getState = useCallback(() => ({ values: toSharedValues(getValues()), hardware, run }), [getValues, hardware, run]);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const resolveConflict = useCallback(
    (choice: 'theirs' | 'mine') => {
      if (persistence === null) return;
      if (choice === 'mine') persistence.overwrite(getState());
      else {
        const stored = persistence.adoptStored();
        apply(stored.state);
        savedContext.current = { hardware: stored.state.hardware, run: stored.state.run };
      }
      setNotice(null);
    },
    [persistence, getState, apply],
  );
  return { hardware, setHardware, run, setRun, notice, dismissNotice, resolveConflict, restoreKeptWork, getState };
}
