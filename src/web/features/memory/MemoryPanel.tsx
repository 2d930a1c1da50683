import { memo, useDeferredValue, useMemo } from 'react';
import type { MemoryRun } from '@/core/memory/analyse';
import type { MemoryFix } from '@/core/memory/fixes';
import { formatBytes, formatCount } from '@/core/memory/format';
import type { MemoryNoteCode } from '@/core/memory/notes';
import { MEMORY_NOTE_TEMPLATES } from '@/core/memory/notes';
import type { PyValue } from '@/core/py/py-value';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import type { UiKey } from '@/web/shared/i18n/ui-text';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { MemoryBar } from './MemoryBar';
import { MemoryFixes, VERDICT_TEXT } from './MemoryFixes';
import { MemorySetupForm } from './MemorySetupForm';
import { MemoryTime } from './MemoryTime';
import type { MemoryPanelState } from './memory-state';
import { memoryView } from './memory-view';
import classes from './memory.module.css';

interface MemoryPanelProps {
  readonly resolved: Readonly<Record<string, PyValue>>;
  readonly run: MemoryRun;
  /** The panel's inputs, held by the app so they survive switching tabs. */
  readonly state: MemoryPanelState;
  readonly onStateChange: (update: (state: MemoryPanelState) => MemoryPanelState) => void;
  /** Sets TrainingArguments as one undoable fix (`label` in English, `shown` in the current language). */
  readonly onApplyArgs: (label: string, shown: string, patch: Readonly<Record<string, PyValue>>) => void;
}

/** "Will it fit, and how long will it take?": memory per component, the verdict, fixes, time and cost. */
export const MemoryPanel = memo(function MemoryPanel({ resolved, run, state, onStateChange, onApplyArgs }: MemoryPanelProps) {
  const { t, language } = useLocale();
  const setState = (next: MemoryPanelState | ((s: MemoryPanelState) => MemoryPanelState)) => onStateChange(typeof next === 'function' ? next : () => next);
  const args = useDeferredValue(resolved);
  const view = useMemo(() => memoryView(state, args, run), [state, args, run]);
  const apply = (fix: MemoryFix, label: string, shown: string) => {
    const { loadDtype } = fix;
    if (loadDtype !== null) setState((s) => ({ ...s, loadDtype }));
    if (Object.keys(fix.args).length > 0) onApplyArgs(label, language === 'en' ? label : shown, fix.args);
  };
  return (
    <section className={classes.card} aria-labelledby="memory-title">
      <header className={classes.cardHeader}>
        <h2 id="memory-title" className={classes.cardTitle}>
          {t('GPU memory and time')}
        </h2>
        <span className={classes.cardHint}>{t('Will it fit? The model, data and GPU are not TrainingArguments')}</span>
      </header>
      <MemorySetupForm state={state} onChange={setState} />
      <div className={classes.body}>
        {!view.ok ? (
          <p className={classes.problem} role="alert">
            {view.problem === 'config'
              ? fillTemplate(t('This config.json cannot be read: {detail}'), { detail: view.detail })
              : fillTemplate(t('These target modules match no Linear layer of this model: {names}. Use names such as {examples}.'), {
                  names: view.names,
                  examples: view.examples,
                })}
          </p>
        ) : (
          <>
            <p className={classes.verdict} data-verdict={view.analysis.fit.verdict} role="status" aria-live="polite">
              <strong>{t(VERDICT_TEXT[view.analysis.fit.verdict])}</strong>
              <span>{verdictDetail(view.analysis.fit, t)}</span>
            </p>
            <p className={classes.hint}>
              {fillTemplate(t('{total} parameters, {trainable} trainable; per GPU (GPUs in the run: {processes})'), {
                total: formatCount(view.analysis.estimate.totalParams),
                trainable: formatCount(view.analysis.estimate.trainableParams),
                processes: run.processes,
              })}
            </p>
            <MemoryBar analysis={view.analysis} gpu={view.gpu} />
            <MemoryFixes fixes={view.fixes} processes={run.processes} onApply={apply} />
            <MemoryTime time={view.analysis.time} state={state} onChange={setState} />
            <section className={classes.fixGroup} aria-labelledby="memory-notes-title">
              <h3 id="memory-notes-title" className={classes.subTitle}>
                {t('Estimate notes')}
              </h3>
              <ul className={classes.notes}>
                {[...view.analysis.notes, { code: 'mfuFlops' as const, params: {} }].map((note) => (
                  <li key={note.code}>{fillTemplate(t(noteKey(note.code)), note.params)}</li>
                ))}
              </ul>
            </section>
          </>
        )}
      </div>
    </section>
  );
});

function verdictDetail(fit: { verdict: string; marginHighBytes: number; marginLowBytes: number }, t: (key: UiKey) => string): string {
  if (fit.verdict === 'fits') {
    return fillTemplate(t('Fits with {margin} to spare at the top of the unmodelled band.'), { margin: formatBytes(fit.marginHighBytes) });
  }
  if (fit.verdict === 'tight') {
    return fillTemplate(t('Fits only at the bottom of the unmodelled band: {margin} short at its top.'), { margin: formatBytes(-fit.marginHighBytes) });
  }
  return fillTemplate(t('Short by {margin} even at the bottom of the unmodelled band.'), { margin: formatBytes(-fit.marginLowBytes) });
}

function noteKey(code: MemoryNoteCode): UiKey {
  return MEMORY_NOTE_TEMPLATES[code];
}
