import { Tabs } from '@mantine/core';
import { memo, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { fixAll } from '@/core/check/fix-all';
import type { Control } from 'react-hook-form';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import type { RunContext } from '@/core/schedule/run-context';
import { CodePanel } from '@/web/features/code/CodePanel';
import { CODE_TABS, DEFAULT_CODE_SETTINGS } from '@/web/features/code/code-formats';
import { IssuesPanel } from '@/web/features/issues/IssuesPanel';
import { PreviewPanel } from '@/web/features/preview/PreviewPanel';
import { RunPanel } from '@/web/features/schedule/RunPanel';
import { SchedulePanel } from '@/web/features/schedule/SchedulePanel';
import { useSchedule } from '@/web/features/schedule/use-schedule';
import type { FormValues } from '@/web/shared/form/form-values';
import type { FormHistoryControls } from '@/web/shared/history/use-form-history';
import { fixLabel } from '@/web/shared/issues/localized-issue';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { FieldIssuesContext } from '@/web/shared/issues/field-issues-context';
import { StickyBar } from './StickyBar';
import { useCheckResult } from './use-check-result';
import classes from './app.module.css';

// Memoised here, where the app decides what changes with a keystroke: each panel re-renders only when
// what it shows has changed (the issue list keeps its identity while it says the same).
const MemoIssuesPanel = memo(IssuesPanel);
const MemoCodePanel = memo(CodePanel);
const MemoPreviewPanel = memo(PreviewPanel);
const MemoSchedulePanel = memo(SchedulePanel);

/** The tab names: the same element from render to render, so a keystroke does not touch them. */
const TabList = memo(function TabList() {
  const { t } = useLocale();
  return (
    <Tabs.List className={classes.tabList}>
      {CODE_TABS.map((tab) => (
        <Tabs.Tab key={tab.format} value={tab.format}>
          {t(tab.label)}
        </Tabs.Tab>
      ))}
      <Tabs.Tab value="resolved">{t('Resolved config')}</Tabs.Tab>
      <Tabs.Tab value="schedule">{t('Schedule')}</Tabs.Tab>
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

/** The right-hand column: the only subtree that watches every value. */
export function DerivedPanels({ control, hardware, history, run, onRunChange }: DerivedPanelsProps) {
  const { language } = useLocale();
  const result = useCheckResult(control, hardware, run);
  const schedule = useSchedule(result.resolved, run);
  const store = useContext(FieldIssuesContext);
  useEffect(() => store.update(result.issues), [store, result.issues]);
  const [codeSettings, setCodeSettings] = useState(DEFAULT_CODE_SETTINGS);
  const errors = useMemo(() => result.issues.filter((issue) => issue.severity === 'error'), [result.issues]);
  const { applyAll } = history;
  // The input as of the last render, read when the button is pressed: the callback keeps its identity
  // from keystroke to keystroke, so the (memoised) issue list is not re-rendered for it.
  const latestInput = useRef(result.input);
  useEffect(() => {
    latestInput.current = result.input;
  }, [result.input]);
  // Re-checked after each fix (a fix can make or clear another issue), applied to the form as one step.
  const applyAllFixes = useCallback(() => {
    const { appliedFixes } = fixAll(latestInput.current, { hardware, run });
    if (appliedFixes.length === 0) return;
    const labels = appliedFixes.map((fix) => fixLabel(fix, language));
    applyAll(appliedFixes, labels.join(' · '));
  }, [hardware, run, language, applyAll]);
  const tabList = useMemo(() => <TabList />, []);
  return (
    <div className={classes.side}>
      <div className={classes.issues}>
        <MemoIssuesPanel issues={result.issues} history={history} onApplyAllFixes={applyAllFixes} />
      </div>
      <RunPanel run={run} onRunChange={onRunChange} view={schedule} resolved={result.resolved} />
      <Tabs defaultValue="python" className={classes.tabs} keepMounted={false}>
        {tabList}
        {CODE_TABS.map((tab) => (
          <Tabs.Panel key={tab.format} value={tab.format} className={classes.tabPanel}>
            <MemoCodePanel
              input={result.input}
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
      </Tabs>
      <StickyBar issues={result.issues} input={result.input} errors={errors} />
    </div>
  );
}
