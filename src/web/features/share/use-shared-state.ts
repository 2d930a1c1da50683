import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { UseFormGetValues, UseFormSetValue, UseFormWatch } from 'react-hook-form';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import { DEFAULT_HARDWARE } from '@/core/hardware/hardware-profile';
import type { RunContext } from '@/core/schedule/run-context';
import { DEFAULT_RUN_CONTEXT } from '@/core/schedule/run-context';
import type { SharedState } from '@/core/share/share-state';
import { EMPTY_SHARED_STATE } from '@/core/share/share-state';
import type { Target } from '@/core/target/target';
import { STATE_FILE_NAME, stateFileText } from '@/core/share/state-file';
import { downloadText } from '@/web/shared/download/download-text';
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

/** What the header's version and class menus hold. */
export interface ChosenSchema {
  readonly release: string;
  readonly target: Target;
  readonly configClass: string;
}

export interface SharedStateControls {
  /** The release picked, its target and the config class the form builds; set together so one render sees all. */
  readonly schema: ChosenSchema;
  readonly setSchema: (schema: ChosenSchema) => void;
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
  /** Shows a notice from elsewhere (a share link too long to make). */
  readonly showNotice: (notice: StateNotice) => void;
  /** Downloads the state as it is now as a file that Import reads back. */
  readonly downloadState: () => void;
}

/**
 * The state outside react-hook-form (hardware, run context) and keeping all of it: restored from
 * localStorage, saved shortly after each change and when the page is left, and replaced by a share
 * link's state when the page is opened from one. The work itself is in the lazily loaded `persistence`.
 */
export function useSharedState({ setValue, watch, getValues, replaceValues }: FormAccess): SharedStateControls {
  const [schema, setSchema] = useState<ChosenSchema>({
    release: EMPTY_SHARED_STATE.release,
    target: EMPTY_SHARED_STATE.target,
    configClass: EMPTY_SHARED_STATE.configClass,
  });
  const [hardware, setHardware] = useState<HardwareProfile>(DEFAULT_HARDWARE);
  const [run, setRun] = useState<RunContext>(DEFAULT_RUN_CONTEXT);
  const [notice, setNotice] = useState<StateNotice | null>(null);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  // Read by the link handler, which must not re-subscribe (and re-open the link) when they change.
  const hardwareRef = useRef(hardware);
  const runRef = useRef(run);
  const schemaRef = useRef(schema);
  useEffect(() => {
    hardwareRef.current = hardware;
    runRef.current = run;
    schemaRef.current = schema;
  }, [hardware, run, schema]);

  const apply = useCallback(
    (state: SharedState) => {
      // Field by field rather than reset(): only the rows that change re-render, and the values are set,
      // not made the form's defaults (a field reset to "not set" must empty, not fall back to them).
      const current = getValues();
      const values = state.values as FormValues;
      for (const name of new Set([...Object.keys(current), ...Object.keys(values)])) {
        if (current[name] !== values[name]) setValue(name, values[name]);
      }
      setSchema({ release: state.release, target: state.target, configClass: state.configClass });
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
  const savedContext = useRef<{ hardware: HardwareProfile; run: RunContext; schema: typeof schema } | null>(null);
  const storageProblemShown = useRef(false);
  useEffect(() => {
    if (persistence === null) return;
    const autosave = persistence.autosave(
      () => ({ ...schema, values: toSharedValues(getValues()), hardware, run }),
      // Kept as it is when already shown, so a choice the user is making there is not reset.
      () => setNotice((current) => (current?.kind === 'stored-elsewhere' ? current : { kind: 'stored-elsewhere' })),
      (problem) => {
        // Said once per page: every later save fails the same way.
        if (storageProblemShown.current) return;
        storageProblemShown.current = true;
        setNotice({ kind: 'storage-failed', problem });
      },
    );
    const subscription = watch(autosave.changed);
    // Runs again when the hardware or run context changes: that is a change to save too.
    const previous = savedContext.current;
    if (previous !== null && (previous.hardware !== hardware || previous.run !== run || previous.schema !== schema)) autosave.changed();
    savedContext.current = { hardware, run, schema };
    return () => {
      subscription.unsubscribe();
      autosave.stop();
    };
  }, [persistence, watch, getValues, hardware, run, schema]);

  // After the saved state is restored, so a link's state wins over it.
  useEffect(() => {
    if (persistence === null) return;
    return persistence.followLinks((opened) => {
      if (!opened.state) {
        setNotice(opened.notice);
        return;
      }
      // Different work in the form is never simply replaced: a copy is kept first, and the notice offers it back.
      const current = { ...schemaRef.current, values: toSharedValues(getValues()), hardware: hardwareRef.current, run: runRef.current };
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
    setSchema({ release: kept.release, target: kept.target, configClass: kept.configClass });
    setHardware(kept.hardware);
    setRun(kept.run);
    setNotice({ kind: 'work-restored' });
  }, [persistence, replaceValues, apply]);

  const getState = useCallback(() => ({ ...schema, values: toSharedValues(getValues()), hardware, run }), [getValues, hardware, run, schema]);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const resolveConflict = useCallback(
    (choice: 'theirs' | 'mine') => {
      if (persistence === null) return;
      if (choice === 'mine') persistence.overwrite(getState());
      else {
        const stored = persistence.adoptStored();
        apply(stored.state);
        savedContext.current = {
          hardware: stored.state.hardware,
          run: stored.state.run,
          schema: { release: stored.state.release, target: stored.state.target, configClass: stored.state.configClass },
        };
      }
      setNotice(null);
    },
    [persistence, getState, apply],
  );
  const downloadState = useCallback(() => downloadText(STATE_FILE_NAME, stateFileText(getState())), [getState]);
  return {
    schema,
    setSchema,
    hardware,
    setHardware,
    run,
    setRun,
    notice,
    dismissNotice,
    resolveConflict,
    restoreKeptWork,
    getState,
    showNotice: setNotice,
    downloadState,
  };
}
