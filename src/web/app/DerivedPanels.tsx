import { Tabs } from '@mantine/core';
import { useCallback, useContext, useEffect, useMemo, useState } from 'react';
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

interface DerivedPanelsProps {
  readonly control: Control<FormValues>;
  readonly hardware: HardwareProfile;
  readonly history: FormHistoryControls;
  /** Dataset size and devices: not TrainingArguments, but the schedule and one rule need them. */
  readonly run: RunContext;
  readonly onRunChange: (run: RunContext) => void;
}

/** The right-hand column: the only subtree that watches every value (through a deferred check). */
export function DerivedPanels({ control, hardware, history, run, onRunChange }: DerivedPanelsProps) {
  const { t, language } = useLocale();
  const result = useCheckResult(control, hardware, run);
  const schedule = useSchedule(result.resolved, run);
  const store = useContext(FieldIssuesContext);
  useEffect(() => store.update(result.issues), [store, result.issues]);
  const [codeSettings, setCodeSettings] = useState(DEFAULT_CODE_SETTINGS);
  const errors = useMemo(() => result.issues.filter((issue) => issue.severity === 'error'), [result.issues]);
  const { applyAll } = history;
  // Re-checked after each fix (a fix can make or clear another issue), applied to the form as one step.
  const applyAllFixes = useCallback(() => {
    const { appliedFixes } = fixAll(result.input, { hardware, run });
    if (appliedFixes.length === 0) return;
    const labels = appliedFixes.map((fix) => fixLabel(fix, language));
    applyAll(appliedFixes, labels.join(' · '));
  }, [result.input, hardware, run, language, applyAll]);
  return (
    <div className={classes.side}>
      <div className={classes.issues}>
        <IssuesPanel issues={result.issues} history={history} onApplyAllFixes={applyAllFixes} />
      </div>
      <RunPanel run={run} onRunChange={onRunChange} view={schedule} resolved={result.resolved} />
      <Tabs defaultValue="python" className={classes.tabs} keepMounted={false}>
        <Tabs.List className={classes.tabList}>
          {CODE_TABS.map((tab) => (
            <Tabs.Tab key={tab.format} value={tab.format}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="resolved">{t('Resolved config')}</Tabs.Tab>
          <Tabs.Tab value="schedule">{t('Schedule')}</Tabs.Tab>
        </Tabs.List>
        {CODE_TABS.map((tab) => (
          <Tabs.Panel key={tab.format} value={tab.format} className={classes.tabPanel}>
            <CodePanel
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
          <PreviewPanel resolved={result.resolved} provenance={result.provenance} input={result.input} />
        </Tabs.Panel>
        <Tabs.Panel value="schedule" className={classes.tabPanel}>
          <SchedulePanel view={schedule} resolved={result.resolved} />
        </Tabs.Panel>
      </Tabs>
      <StickyBar issues={result.issues} input={result.input} errors={errors} />
    </div>
  );
}
