import { Skeleton, Tabs } from '@mantine/core';
import { memo, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { fixAll } from '@/core/check/fix-all';
import type { Control } from 'react-hook-form';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import type { Kwargs, PyValue } from '@/core/py/py-value';
import type { RunContext } from '@/core/schedule/run-context';
import { processCount } from '@/core/schedule/run-context';
import { CodePanel } from '@/web/features/code/CodePanel';
import type { CodeTab } from '@/web/features/code/code-formats';
import { DEFAULT_CODE_SETTINGS, codeTabsFor } from '@/web/features/code/code-formats';
import { IssuesPanel } from '@/web/features/issues/IssuesPanel';
import type { MemoryPanelState } from '@/web/features/memory/memory-state';
import { DEFAULT_MEMORY_STATE } from '@/web/features/memory/memory-state';
import { PreviewPanel } from '@/web/features/preview/PreviewPanel';
import { RunPanel } from '@/web/features/schedule/RunPanel';
import { SchedulePanel } from '@/web/features/schedule/SchedulePanel';
import { useSchedule } from '@/web/features/schedule/use-schedule';
import type { FormValues } from '@/web/shared/form/form-values';
import { LiveInputContext } from '@/web/shared/form/live-input-context';
import { useAfterPaint } from '@/web/shared/timing/use-after-paint';
import type { FormHistoryControls } from '@/web/shared/history/use-form-history';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { useSchema } from '@/web/shared/schema/schema';
import { FieldIssuesContext } from '@/web/shared/issues/field-issues-context';
import { LazyMemoryPanel } from './LazyMemoryPanel';
import { markPage } from './page-marks';
import { StickyBar } from './StickyBar';
import type { FormInput } from './use-check-result';
import { useCheckResult, useFormInput } from './use-check-result';
import classes from './app.module.css';

// Memoised here, where the app decides what changes with a keystroke: each panel re-renders only when
// what it shows has changed (the issue list keeps its identity while it says the same).
const MemoIssuesPanel = memo(IssuesPanel);
const MemoCodePanel = memo(CodePanel);
const MemoPreviewPanel = memo(PreviewPanel);
const MemoSchedulePanel = memo(SchedulePanel);
const MemoStickyBar = memo(StickyBar);

/** The tab names: the same element from render to render, so a keystroke does not touch them. */
const TabList = memo(function TabList({ tabs }: { readonly tabs: readonly CodeTab[] }) {
  const { t } = useLocale();
  return (
    <Tabs.List className={classes.tabList}>
      {tabs.map((tab) => (
        <Tabs.Tab key={tab.format} value={tab.format}>
          {t(tab.label)}
        </Tabs.Tab>
      ))}
      <Tabs.Tab value="resolved">{t('Resolved config')}</Tabs.Tab>
      <Tabs.Tab value="schedule">{t('Schedule')}</Tabs.Tab>
      <Tabs.Tab value="memory">{t('Memory')}</Tabs.Tab>
    </Tabs.List>
  );
});

interface DerivedPanelsProps {
  readonly control: Control<FormValues>;
  readonly hardware: HardwareProfile;
  readonly history: FormHistoryControls;
  /** Dataset size and devices: not TrainingArguments, but the schedule and one rule need them. */
  readonly run: RunContext;
  readonly onRunChange: (run: RunContext) => void;
}

/**
 * The right-hand column: the only subtree that watches every value. A keystroke changes the code in its own
 * frame (read from context by the code panel alone); the check and everything it feeds follow once that frame
 * is painted, so typing pays for the text it shows and no more.
 */
export function DerivedPanels({ control, ...rest }: DerivedPanelsProps) {
  const live = useFormInput(control);
  const settled = useAfterPaint(live);
  // The newest input, read when a button is pressed (Copy, Fix all): the callback keeps its identity between keystrokes.
  const latestInput = useRef(live.kwargs);
  useEffect(() => {
    latestInput.current = live.kwargs;
  }, [live.kwargs]);
  const getInput = useCallback(() => latestInput.current, []);
  return (
    <LiveInputContext value={live.kwargs}>
      <SidePanels input={settled} getInput={getInput} {...rest} />
    </LiveInputContext>
  );
}

interface SidePanelsProps extends Omit<DerivedPanelsProps, 'control'> {
  /** The form as of the last painted frame. */
  readonly input: FormInput;
  readonly getInput: () => Kwargs;
}

const SidePanels = memo(function SidePanels({ input, getInput, hardware, history, run, onRunChange }: SidePanelsProps) {
  const { fixText } = useLocale();
  const { target, configClass } = useSchema();
  const result = useCheckResult(input, hardware, run);
  // The empty form's schedule is cheap: worked out in the first render, so the prerendered Run card has its numbers.
  const schedule = useSchedule(result.resolved, run, { firstHere: Object.keys(result.input.values).length === 0 });
  const store = useContext(FieldIssuesContext);
  useEffect(() => store.update(result.issues), [store, result.issues]);
  // The side column is live (its code arrives on first use): marked for tests and tools, as App marks the page.
  useEffect(() => {
    markPage('data-panels');
  }, []);
  const [codeSettings, setCodeSettings] = useState(DEFAULT_CODE_SETTINGS);
  // The memory tab's own inputs live here so they survive switching tabs (panels unmount when hidden).
  const [memoryState, setMemoryState] = useState<MemoryPanelState>(DEFAULT_MEMORY_STATE);
  const plan = schedule.result?.ok ? schedule.result.value.plan : null;
  const globalBatch = plan?.globalBatch ?? null;
  const totalSteps = plan?.totalSteps ?? null;
  const memoryRun = useMemo(() => ({ processes: processCount(run), globalBatch, totalSteps }), [run, globalBatch, totalSteps]);
  const codeTabs = useMemo(() => codeTabsFor(result.input), [result.input]);
  // The tab names keep their element while the same tabs show, so a keystroke does not touch them.
  const tabFormats = codeTabs.map((tab) => tab.format).join(' ');
  const { applyAll } = history;
  // A memory fix has no message code: the history names it as the panel shows it, in the current language.
  const applyArgs = useCallback((label: string, shown: string, patch: Readonly<Record<string, PyValue>>) => applyAll([{ label, patch }], shown), [applyAll]);
  const errors = useMemo(() => result.issues.filter((issue) => issue.severity === 'error'), [result.issues]);
  // Re-checked after each fix (a fix can make or clear another issue), applied to the form as one step.
  const applyAllFixes = useCallback(() => {
    const { appliedFixes } = fixAll(getInput(), { hardware, run, target, configClass });
    if (appliedFixes.length === 0) return;
    const labels = appliedFixes.map((fix) => fixText(fix));
    applyAll(appliedFixes, labels.join(' · '));
  }, [getInput, hardware, run, target, configClass, fixText, applyAll]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the same tabs (by format) keep the same element
  const tabList = useMemo(() => <TabList tabs={codeTabs} />, [tabFormats]);
  return (
    <div className={classes.side}>
      <div className={classes.issues}>
        <MemoIssuesPanel issues={result.issues} history={history} onApplyAllFixes={applyAllFixes} />
      </div>
      <RunPanel run={run} onRunChange={onRunChange} view={schedule} />
      <Tabs defaultValue="python" className={classes.tabs} keepMounted={false}>
        {tabList}
        {codeTabs.map((tab) => (
          <Tabs.Panel key={tab.format} value={tab.format} className={classes.tabPanel}>
            <MemoCodePanel
              format={tab.format}
              settings={codeSettings}
              onSettingsChange={setCodeSettings}
              devicesPerNode={run.devicesPerNode}
              nodes={run.nodes}
              errors={errors}
            />
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="resolved" className={classes.tabPanel}>
          <MemoPreviewPanel resolved={result.resolved} provenance={result.provenance} input={result.input} />
        </Tabs.Panel>
        <Tabs.Panel value="schedule" className={classes.tabPanel}>
          <MemoSchedulePanel view={schedule} resolved={result.resolved} />
        </Tabs.Panel>
        <Tabs.Panel value="memory" className={classes.tabPanel}>
          <Suspense fallback={<Skeleton height={160} radius="sm" m="xs" aria-hidden="true" />}>
            <LazyMemoryPanel resolved={result.resolved} run={memoryRun} state={memoryState} onStateChange={setMemoryState} onApplyArgs={applyArgs} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
      <MemoStickyBar issues={result.issues} errors={errors} getInput={getInput} />
    </div>
  );
});
