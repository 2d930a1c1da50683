import { Suspense, useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EditorPanel } from '@/web/features/editor/EditorPanel';
import type { PlannedLaunch } from '@/web/features/import/import-plan';
import { useFixHistory } from '@/web/features/issues/use-fix-history';
import { MigrationNotice } from '@/web/features/schema-switch/MigrationNotice';
import { useSchemaSwitch } from '@/web/features/schema-switch/use-schema-switch';
import { ShareLinkButton } from '@/web/features/share/ShareLinkButton';
import { LazyStateNoticeBar } from '@/web/features/share/LazyStateNoticeBar';
import { useSharedState } from '@/web/features/share/use-shared-state';
import type { FormValues } from '@/web/shared/form/form-values';
import { createLocale } from '@/web/shared/i18n/create-locale';
import type { Locale } from '@/web/shared/i18n/locale-context';
import { ENGLISH, LocaleContext } from '@/web/shared/i18n/locale-context';
import type { Language } from '@/web/shared/i18n/locale-texts';
import { loadKorean } from '@/web/shared/i18n/locale-texts';
import { FieldIssueStore } from '@/web/shared/issues/field-issue-store';
import { FieldIssuesContext } from '@/web/shared/issues/field-issues-context';
import { SchemaContext, schemaFor } from '@/web/shared/schema/schema';
import { ErrorBoundary } from '@/web/shared/ui/ErrorBoundary';
import { AppHeader } from './AppHeader';
import { HeaderActions } from './HeaderActions';
import { LazyDerivedPanels } from './LazyDerivedPanels';
import { LazyRulesPage } from './LazyRulesPage';
import { SideSkeleton } from './SideSkeleton';
import classes from './app.module.css';
import { useAppView } from './use-app-view';

/** Composes the features: the form on the left, everything derived from it on the right. */
export function App() {
  const { control, getValues, setValue, watch } = useForm<FormValues>({ defaultValues: {} });
  const { schema, setSchema, hardware, setHardware, run, setRun, notice, dismissNotice, resolveConflict, getState, showNotice, downloadState } = useSharedState({ setValue, watch, getValues });
  const formSchema = schemaFor(schema.target, schema.configClass);
  const history = useFixHistory({ getValues, setValue, lookup: formSchema.lookup });
  const schemaSwitch = useSchemaSwitch({ schema, setSchema, getValues, replace: history.replace, run });
  const [locale, setLocale] = useState<Locale>(ENGLISH);
  const [languageLoading, setLanguageLoading] = useState(false);
  const [issueStore] = useState(() => new FieldIssueStore());
  const { view, showRules, showEditor, openField } = useAppView();
  const { replace } = history;
  const { switchTo } = schemaSwitch;
  const importValues = useCallback(
    (label: string, values: FormValues, configClass?: string, launch?: PlannedLaunch) => {
      // Code that builds another class (`SFTConfig(...)`) switches the form to it first.
      if (configClass !== undefined && configClass !== schema.configClass) switchTo({ ...schema, configClass });
      replace(label, values);
      // A pasted launch command says how many processes and machines the run has.
      if (launch !== undefined) setRun({ ...run, devicesPerNode: launch.devicesPerNode, nodes: launch.nodes });
      showEditor();
    },
    [replace, showEditor, switchTo, schema, run, setRun],
  );

  const changeLanguage = useCallback((language: Language) => {
    if (language === 'en') {
      setLocale(ENGLISH);
      return;
    }
    setLanguageLoading(true);
    loadKorean()
      .then((texts) => setLocale(createLocale(texts)))
      .catch(() => setLocale(ENGLISH))
      .finally(() => setLanguageLoading(false));
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale.language;
  }, [locale.language]);

  return (
    <LocaleContext value={locale}>
      <SchemaContext value={formSchema}>
        <FieldIssuesContext value={issueStore}>
          <AppHeader
            schema={schema}
            onSchemaChange={switchTo}
            hardware={hardware}
            onHardwareChange={setHardware}
            language={locale.language}
            languageLoading={languageLoading}
            onLanguageChange={changeLanguage}
            actions={
              <>
                <ShareLinkButton getState={getState} onTooLong={(length) => showNotice({ kind: 'link-too-long', length })} />
                <HeaderActions view={view} onShowRules={showRules} onImport={importValues} />
              </>
            }
          />
          {schemaSwitch.notice && (
            <MigrationNotice
              notice={schemaSwitch.notice}
              onDismiss={schemaSwitch.dismiss}
              {...(history.last?.label === schemaSwitch.notice.label ? { onUndo: history.undo } : {})}
            />
          )}
          {notice && (
            <Suspense fallback={null}>
              <LazyStateNoticeBar notice={notice} onDismiss={dismissNotice} onResolveConflict={resolveConflict} onDownloadState={downloadState} />
            </Suspense>
          )}
          {view === 'rules' && (
            <ErrorBoundary what="Rule catalogue">
              <Suspense fallback={<SideSkeleton />}>
                <LazyRulesPage onOpenField={openField} onBack={showEditor} />
              </Suspense>
            </ErrorBoundary>
          )}
          {/* Hidden, not unmounted, behind the catalogue: the form keeps its state and scroll position. */}
          <div className={classes.layout} hidden={view !== 'editor'}>
            <main className={classes.main}>
              <EditorPanel control={control} />
            </main>
            <aside className={classes.aside}>
              <ErrorBoundary what="Issues, preview and code">
                <Suspense fallback={<SideSkeleton />}>
                  <LazyDerivedPanels control={control} hardware={hardware} history={history} run={run} onRunChange={setRun} />
                </Suspense>
              </ErrorBoundary>
            </aside>
          </div>
        </FieldIssuesContext>
      </SchemaContext>
    </LocaleContext>
  );
}
