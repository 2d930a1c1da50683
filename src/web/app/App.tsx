import { Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { isClassOnTarget } from '@/core/config-class/class-registry';
import { DEFAULT_CONFIG_CLASS } from '@/core/config-class/classes';
import { DEFAULT_RELEASE } from '@/core/share/share-state';
import { DEFAULT_TARGET } from '@/core/target/target';
import { EditorPanel } from '@/web/features/editor/EditorPanel';
import { PresetsButton } from '@/web/features/presets/PresetsButton';
import type { PlannedLaunch } from '@/web/features/import/import-plan';
import { MigrationNotice } from '@/web/features/schema-switch/MigrationNotice';
import { useSchemaSwitch } from '@/web/features/schema-switch/use-schema-switch';
import { ShareLinkButton } from '@/web/features/share/ShareLinkButton';
import { LazyStateNoticeBar } from '@/web/features/share/LazyStateNoticeBar';
import { useSharedState } from '@/web/features/share/use-shared-state';
import type { FormValues } from '@/web/shared/form/form-values';
import type { FormHistoryControls } from '@/web/shared/history/use-form-history';
import { useFormHistory } from '@/web/shared/history/use-form-history';
import { LocaleContext } from '@/web/shared/i18n/locale-context';
import { FieldIssueStore } from '@/web/shared/issues/field-issue-store';
import { FieldIssuesContext } from '@/web/shared/issues/field-issues-context';
import { SchemaContext, schemaFor } from '@/web/shared/schema/schema';
import { ErrorBoundary } from '@/web/shared/ui/ErrorBoundary';
import { AppHeader } from './AppHeader';
import { FieldPalette } from './FieldPalette';
import { HeaderActions } from './HeaderActions';
import { HistoryButtons } from './HistoryButtons';
import { LazyRulesPage } from './LazyRulesPage';
import { markPage } from './page-marks';
import { SideColumn } from './SideColumn';
import { SideSkeleton } from './SideSkeleton';
import { UpdateNotice } from './UpdateNotice';
import classes from './app.module.css';
import { useAppView } from './use-app-view';
import { useLanguage } from './use-language';

/** Composes the features: the form on the left, everything derived from it on the right. */
export function App() {
  const { control, getValues, setValue, watch } = useForm<FormValues>({ defaultValues: {} });
  const { locale: languageLocale, loading: languageLoading, choose: chooseLanguage } = useLanguage();
  const myWork = languageLocale.t('My work');
  // The shared state needs the history's `replace` (restoring kept work is undoable) and the history needs
  // the shared state's release and class (a fix's values are read by that schema's fields): the ref breaks the loop.
  const replaceRef = useRef<FormHistoryControls['replace'] | null>(null);
  const replaceValues = useCallback((values: FormValues) => replaceRef.current?.('restore', myWork, values), [myWork]);
  const shared = useSharedState({ setValue, watch, getValues, replaceValues });
  const { schema, setSchema } = shared;
  const formSchema = schemaFor(schema.target, schema.configClass);
  // A release may change what a field does, a class words some its own way (GRPO's `beta`): the translated texts follow both.
  const locale = useMemo(() => languageLocale.forSchema(schema.target, schema.configClass), [languageLocale, schema.target, schema.configClass]);
  const formHistory = useFormHistory({ getValues, setValue, watch, lookup: formSchema.lookup });
  const { canUndo, canRedo, last, apply, applyAll, replace, undo, redo, dismiss } = formHistory;
  useEffect(() => {
    replaceRef.current = replace;
  }, [replace]);
  // One object while nothing in it changes, so the side column (memoised) is not re-rendered for nothing.
  const history = useMemo(
    () => ({ canUndo, canRedo, last, apply, applyAll, replace, undo, redo, dismiss }),
    [canUndo, canRedo, last, apply, applyAll, replace, undo, redo, dismiss],
  );
  const schemaSwitch = useSchemaSwitch({ schema, setSchema, getValues, replace, run: shared.run });
  // The side column gets these a render late: an update at that lower priority makes React wait for the
  // column's chunk (if it is still loading) rather than swap the prerendered panels for a skeleton.
  const sideHistory = useDeferredValue(history);
  const sideHardware = useDeferredValue(shared.hardware);
  const sideRun = useDeferredValue(shared.run);
  const [issueStore] = useState(() => new FieldIssueStore());
  const { view, showRules, showEditor, openField } = useAppView();
  const { switchTo } = schemaSwitch;
  const { run, setRun } = shared;
  const importValues = useCallback(
    (label: string, values: FormValues, configClass?: string, launch?: PlannedLaunch) => {
      // Code that builds another class (`SFTConfig(...)`) switches the form to it: the values land first,
      // then the switch carries them over to the class's fields.
      replace('import', label, values);
      if (configClass !== undefined && configClass !== schema.configClass) switchTo({ ...schema, configClass });
      // A pasted launch command says how many processes and machines the run has.
      if (launch !== undefined) setRun({ ...run, devicesPerNode: launch.devicesPerNode, nodes: launch.nodes });
      showEditor();
    },
    [replace, showEditor, switchTo, schema, run, setRun],
  );
  const applyPreset = useCallback(
    (name: string, values: FormValues, configClass?: string) => {
      replace('preset', name, values);
      // A preset written for a config class (GRPO with TRL) switches the form to it, as pasted code does.
      if (configClass !== undefined && configClass !== schema.configClass) switchTo({ ...schema, configClass });
      showEditor();
    },
    [replace, showEditor, switchTo, schema],
  );
  const readValues = useCallback(() => getValues(), [getValues]);
  // The page is live: until this runs, global.css holds back clicks on the prerendered page, which hydration would undo.
  useEffect(() => {
    markPage('data-hydrated');
  }, []);
  const { showNotice, dismissNotice } = shared;
  // Restored work on an older release moves to the newest as the header's menu moves it: migrated, one undo step.
  const switchToLatest = useCallback(() => {
    const configClass = isClassOnTarget(schema.configClass, DEFAULT_TARGET) ? schema.configClass : DEFAULT_CONFIG_CLASS;
    switchTo({ release: DEFAULT_RELEASE, target: DEFAULT_TARGET, configClass });
    dismissNotice();
  }, [switchTo, dismissNotice, schema.configClass]);
  const onLinkTooLong = useCallback((length: number) => showNotice({ kind: 'link-too-long', length }), [showNotice]);

  return (
    <LocaleContext value={locale}>
      <SchemaContext value={formSchema}>
        <FieldIssuesContext value={issueStore}>
          <AppHeader
            schema={schema}
            onSchemaChange={switchTo}
            hardware={shared.hardware}
            onHardwareChange={shared.setHardware}
            language={locale.language}
            languageLoading={languageLoading}
            onLanguageChange={chooseLanguage}
            quick={
              <>
                <HistoryButtons canUndo={history.canUndo} canRedo={history.canRedo} onUndo={history.undo} onRedo={history.redo} />
                <FieldPalette />
              </>
            }
            actions={
              <>
                <ShareLinkButton getState={shared.getState} onTooLong={onLinkTooLong} />
                <PresetsButton onApply={applyPreset} getValues={readValues} />
                <HeaderActions view={view} onShowRules={showRules} onImport={importValues} />
              </>
            }
          />
          <UpdateNotice />
          {schemaSwitch.notice && (
            <MigrationNotice
              notice={schemaSwitch.notice}
              onDismiss={schemaSwitch.dismiss}
              {...(history.last?.label === schemaSwitch.notice.label ? { onUndo: history.undo } : {})}
            />
          )}
          {shared.notice && (
            <Suspense fallback={null}>
              <LazyStateNoticeBar
                notice={shared.notice}
                onDismiss={shared.dismissNotice}
                onResolveConflict={shared.resolveConflict}
                onDownloadState={shared.downloadState}
                onRestoreWork={shared.restoreKeptWork}
                onSwitchToLatest={switchToLatest}
              />
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
              <SideColumn control={control} hardware={sideHardware} history={sideHistory} run={sideRun} onRunChange={shared.setRun} />
            </aside>
          </div>
        </FieldIssuesContext>
      </SchemaContext>
    </LocaleContext>
  );
}
