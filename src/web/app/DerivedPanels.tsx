import { Tabs } from '@mantine/core';
import { useContext, useEffect } from 'react';
import type { Control } from 'react-hook-form';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import { CodePanel } from '@/web/features/code/CodePanel';
import { IssuesPanel } from '@/web/features/issues/IssuesPanel';
import type { FixHistory } from '@/web/features/issues/use-fix-history';
import { PreviewPanel } from '@/web/features/preview/PreviewPanel';
import type { FormValues } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { FieldIssuesContext } from '@/web/shared/issues/field-issues-context';
import { useCheckResult } from './use-check-result';
import classes from './app.module.css';

interface DerivedPanelsProps {
  readonly control: Control<FormValues>;
  readonly hardware: HardwareProfile;
  readonly history: FixHistory;
}

/** The right-hand column: the only subtree that watches every value (through a deferred check). */
export function DerivedPanels({ control, hardware, history }: DerivedPanelsProps) {
  const { t } = useLocale();
  const result = useCheckResult(control, hardware);
  const store = useContext(FieldIssuesContext);
  useEffect(() => store.update(result.issues), [store, result.issues]);
  return (
    <div className={classes.side}>
      <div className={classes.issues}>
        <IssuesPanel issues={result.issues} history={history} />
      </div>
      <Tabs defaultValue="python" className={classes.tabs} keepMounted={false}>
        <Tabs.List className={classes.tabList}>
          <Tabs.Tab value="python">{t('Python')}</Tabs.Tab>
          <Tabs.Tab value="resolved">{t('Resolved config')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="python" className={classes.tabPanel}>
          <CodePanel input={result.input} />
        </Tabs.Panel>
        <Tabs.Panel value="resolved" className={classes.tabPanel}>
          <PreviewPanel resolved={result.resolved} provenance={result.provenance} input={result.input} />
        </Tabs.Panel>
      </Tabs>
    </div>
  );
}
