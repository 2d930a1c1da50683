import { Suspense, useCallback, useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import { DEFAULT_HARDWARE } from '@/core/hardware/hardware-profile';
import { EditorPanel } from '@/web/features/editor/EditorPanel';
import { useFixHistory } from '@/web/features/issues/use-fix-history';
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
import { LazyDerivedPanels } from './LazyDerivedPanels';
import { SideSkeleton } from './SideSkeleton';
import classes from './app.module.css';

/** Composes the features: the form on the left, everything derived from it on the right. */
export function App() {
  const { control, getValues, setValue } = useForm<FormValues>({ defaultValues: {} });
  const history = useFixHistory({ getValues, setValue });
  const [hardware, setHardware] = useState<HardwareProfile>(DEFAULT_HARDWARE);
  const [locale, setLocale] = useState<Locale>(ENGLISH);
  const [languageLoading, setLanguageLoading] = useState(false);
  const [issueStore] = useState(() => new FieldIssueStore());

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
        />
        <div className={classes.layout}>
          <main className={classes.main}>
            <EditorPanel control={control} />
          </main>
          <aside className={classes.aside}>
            <ErrorBoundary what="Issues, preview and code">
              <Suspense fallback={<SideSkeleton />}>
                <LazyDerivedPanels control={control} hardware={hardware} history={history} />
              </Suspense>
            </ErrorBoundary>
          </aside>
        </div>
      </FieldIssuesContext>
    </LocaleContext>
  );
}
