import { Skeleton, Tabs } from '@mantine/core';
import { Suspense, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Control } from 'react-hook-form';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import type { PyValue } from '@/core/py/py-value';
import type { RunContext } from '@/core/schedule/run-context';
import { processCount } from '@/core/schedule/run-context';
import { CodePanel } from '@/web/features/code/CodePanel';
import { DEFAULT_CODE_SETTINGS, codeTabsFor } from '@/web/features/code/code-formats';
import { IssuesPanel } from '@/web/features/issues/IssuesPanel';
import type { FixHistory } from '@/web/features/issues/use-fix-history';
import type { MemoryPanelState } from '@/web/features/memory/memory-state';
import { DEFAULT_MEMORY_STATE } from '@/web/features/memory/memory-state';
import { PreviewPanel } from '@/web/features/preview/PreviewPanel';
import { RunPanel } from '@/web/features/schedule/RunPanel';
import { SchedulePanel } from '@/web/features/schedule/SchedulePanel';
import { useSchedule } from '@/web/features/schedule/use-schedule';
import type { FormValues } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { FieldIssuesContext } from '@/web/shared/issues/field-issues-context';
import { LazyMemoryPanel } from './LazyMemoryPanel';
import { useCheckResult } from './use-check-result';
import classes from './app.module.css';

interface DerivedPanelsProps {
  readonly control: Control<FormValues>;
  readonly hardware: HardwareProfile;
  readonly history: FixHistory;
  /** Dataset size and devices: not TrainingArguments, but the schedule and one rule need them. */
  readonly run: RunContext;
  readonly onRunChange: (run: RunContext) => void;
}

/** The right-hand column: the only subtree that watches every value (through a deferred check). */
export function DerivedPanels({ control, hardware, history, run, onRunChange }: DerivedPanelsProps) {
  const { t } = useLocale();
  const result = useCheckResult(control, hardware, run);
  const schedule = useSchedule(result.resolved, run);
  const store = useContext(FieldIssuesContext);
  useEffect(() => store.update(result.issues), [store, result.issues]);
  const [codeSettings, setCodeSettings] = useState(DEFAULT_CODE_SETTINGS);
  // The memory tab's own inputs live here so they survive switching tabs (panels unmount when hidden).
  const [memoryState, setMemoryState] = useState<MemoryPanelState>(DEFAULT_MEMORY_STATE);
  const plan = schedule.result?.ok ? schedule.result.value.plan : null;
  const globalBatch = plan?.globalBatch ?? null;
  const totalSteps = plan?.totalSteps ?? null;
  const memoryRun = useMemo(() => ({ processes: processCount(run), globalBatch, totalSteps }), [run, globalBatch, totalSteps]);
  const codeTabs = useMemo(() => codeTabsFor(result.input), [result.input]);
  const { apply } = history;
  const applyArgs = useCallback((label: string, shown: string, patch: Readonly<Record<string, PyValue>>) => apply({ label, labelKo: shown, patch }), [apply]);
  return (
    <div className={classes.side}>
      <div className={classes.issues}>
        <IssuesPanel issues={result.issues} history={history} />
      </div>
      <RunPanel run={run} onRunChange={onRunChange} view={schedule} resolved={result.resolved} />
      <Tabs defaultValue="python" className={classes.tabs} keepMounted={false}>
        <Tabs.List className={classes.tabList}>
          {codeTabs.map((tab) => (
            <Tabs.Tab key={tab.format} value={tab.format}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="resolved">{t('Resolved config')}</Tabs.Tab>
          <Tabs.Tab value="schedule">{t('Schedule')}</Tabs.Tab>
          <Tabs.Tab value="memory">{t('Memory')}</Tabs.Tab>
        </Tabs.List>
        {codeTabs.map((tab) => (
          <Tabs.Panel key={tab.format} value={tab.format} className={classes.tabPanel}>
            <CodePanel
              input={result.input}
              format={tab.format}
              settings={codeSettings}
              onSettingsChange={setCodeSettings}
              devicesPerNode={run.devicesPerNode}
              nodes={run.nodes}
            />
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="resolved" className={classes.tabPanel}>
          <PreviewPanel resolved={result.resolved} provenance={result.provenance} input={result.input} />
        </Tabs.Panel>
        <Tabs.Panel value="schedule" className={classes.tabPanel}>
          <SchedulePanel view={schedule} resolved={result.resolved} />
        </Tabs.Panel>
        <Tabs.Panel value="memory" className={classes.tabPanel}>
          <Suspense fallback={<Skeleton height={160} radius="sm" m="xs" aria-hidden="true" />}>
            <LazyMemoryPanel resolved={result.resolved} run={memoryRun} state={memoryState} onStateChange={setMemoryState} onApplyArgs={applyArgs} />
          </Suspense>
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
