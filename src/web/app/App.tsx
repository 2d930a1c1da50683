import { Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EditorPanel } from '@/web/features/editor/EditorPanel';
import { PresetsButton } from '@/web/features/presets/PresetsButton';
import { ShareLinkButton } from '@/web/features/share/ShareLinkButton';
import { LazyStateNoticeBar } from '@/web/features/share/LazyStateNoticeBar';
import { useSharedState } from '@/web/features/share/use-shared-state';
import type { FormValues } from '@/web/shared/form/form-values';
import { useFormHistory } from '@/web/shared/history/use-form-history';
import { LocaleContext } from '@/web/shared/i18n/locale-context';
import { FieldIssueStore } from '@/web/shared/issues/field-issue-store';
import { FieldIssuesContext } from '@/web/shared/issues/field-issues-context';
import { ErrorBoundary } from '@/web/shared/ui/ErrorBoundary';
import { AppHeader } from './AppHeader';
import { FieldPalette } from './FieldPalette';
import { HeaderActions } from './HeaderActions';
import { HistoryButtons } from './HistoryButtons';
import { LazyRulesPage } from './LazyRulesPage';
import { SideColumn } from './SideColumn';
import { SideSkeleton } from './SideSkeleton';
import { UpdateNotice } from './UpdateNotice';
import classes from './app.module.css';
import { useAppView } from './use-app-view';
import { useLanguage } from './use-language';

/** Composes the features: the form on the left, everything derived from it on the right. */
export function App() {
  const { control, getValues, setValue, watch } = useForm<FormValues>({ defaultValues: {} });
  const formHistory = useFormHistory({ getValues, setValue, watch });
  const { canUndo, canRedo, last, apply, applyAll, replace, undo, redo, dismiss } = formHistory;
  // One object while nothing in it changes, so the side column (memoised) is not re-rendered for nothing.
  const history = useMemo(
    () => ({ canUndo, canRedo, last, apply, applyAll, replace, undo, redo, dismiss }),
    [canUndo, canRedo, last, apply, applyAll, replace, undo, redo, dismiss],
  );
  const { locale, loading: languageLoading, choose: chooseLanguage } = useLanguage();
  const myWork = locale.t('My work');
  const replaceValues = useCallback((values: FormValues) => replace('restore', myWork, values), [replace, myWork]);
  const shared = useSharedState({ setValue, watch, getValues, replaceValues });
  // The side column gets these a render late: an update at that lower priority makes React wait for the
  // column's chunk (if it is still loading) rather than swap the prerendered panels for a skeleton.
  const sideHistory = useDeferredValue(history);
  const sideHardware = useDeferredValue(shared.hardware);
  const sideRun = useDeferredValue(shared.run);
  const [issueStore] = useState(() => new FieldIssueStore());
  const { view, showRules, showEditor, openField } = useAppView();
  const importValues = useCallback(
    (label: string, values: FormValues) => {
      replace('import', label, values);
      showEditor();
    },
    [replace, showEditor],
  );
  const applyPreset = useCallback(
    (name: string, values: FormValues) => {
      replace('preset', name, values);
      showEditor();
    },
    [replace, showEditor],
  );
  const readValues = useCallback(() => getValues(), [getValues]);

  return (
    <LocaleContext value={locale}>
      <FieldIssuesContext value={issueStore}>
        <AppHeader
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
              <ShareLinkButton getState={shared.getState} />
              <PresetsButton onApply={applyPreset} getValues={readValues} />
              <HeaderActions view={view} onShowRules={showRules} onImport={importValues} />
            </>
          }
        />
        <UpdateNotice />
        {shared.notice && (
          <Suspense fallback={null}>
            <LazyStateNoticeBar
              notice={shared.notice}
              onDismiss={shared.dismissNotice}
              onResolveConflict={shared.resolveConflict}
              onRestoreWork={shared.restoreKeptWork}
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
    </LocaleContext>
  );
}
