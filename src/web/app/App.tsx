import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EditorPanel } from '@/web/features/editor/EditorPanel';
import { useFixHistory } from '@/web/features/issues/use-fix-history';
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
import { ErrorBoundary } from '@/web/shared/ui/ErrorBoundary';
import { AppHeader } from './AppHeader';
import { HeaderActions } from './HeaderActions';
import { LazyRulesPage } from './LazyRulesPage';
import { SideColumn } from './SideColumn';
import { SideSkeleton } from './SideSkeleton';
import classes from './app.module.css';
import { useAppView } from './use-app-view';

/** Composes the features: the form on the left, everything derived from it on the right. */
export function App() {
  const { control, getValues, setValue, watch } = useForm<FormValues>({ defaultValues: {} });
  const { apply, replace, undo, dismiss, last } = useFixHistory({ getValues, setValue });
  // One object while nothing in it changes, so the side column (memoised) is not re-rendered for nothing.
  const history = useMemo(() => ({ apply, replace, undo, dismiss, last }), [apply, replace, undo, dismiss, last]);
  const { hardware, setHardware, run, setRun, notice, dismissNotice, resolveConflict, getState } = useSharedState({ setValue, watch, getValues });
  const [locale, setLocale] = useState<Locale>(ENGLISH);
  const [languageLoading, setLanguageLoading] = useState(false);
  const [issueStore] = useState(() => new FieldIssueStore());
  const { view, showRules, showEditor, openField } = useAppView();
  const importValues = useCallback(
    (label: string, values: FormValues) => {
      replace(label, values);
      showEditor();
    },
    [replace, showEditor],
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
      <FieldIssuesContext value={issueStore}>
        <AppHeader
          hardware={hardware}
          onHardwareChange={setHardware}
          language={locale.language}
          languageLoading={languageLoading}
          onLanguageChange={changeLanguage}
          actions={
            <>
              <ShareLinkButton getState={getState} />
              <HeaderActions view={view} onShowRules={showRules} onImport={importValues} />
            </>
          }
        />
        {notice && (
          <Suspense fallback={null}>
            <LazyStateNoticeBar notice={notice} onDismiss={dismissNotice} onResolveConflict={resolveConflict} />
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
            <SideColumn control={control} hardware={hardware} history={history} run={run} onRunChange={setRun} />
          </aside>
        </div>
      </FieldIssuesContext>
    </LocaleContext>
  );
}
