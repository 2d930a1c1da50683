import { useDeferredValue, useMemo } from 'react';
import type { FoundToken } from '@/core/secrets/token-scan';
import { findTokens } from '@/core/secrets/token-scan';
import { useLazyValue } from '@/web/shared/lazy/use-lazy-value';
import type { ImportFormat } from './import-formats';
import type { ImportPlan } from './import-plan';
import { planImport } from './import-plan';
import { IMPORTER_LOADERS } from './importers';

export type ImportPlanState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  /** `tokens`: access tokens found anywhere in the text, which the user should rotate. */
  | { readonly status: 'ready'; readonly plan: ImportPlan; readonly tokens: readonly FoundToken[] }
  | { readonly status: 'failed'; readonly message: string };

/** What importing `text` as `format` would do, re-read (deferred) as the user types. */
export function useImportPlan(text: string, format: ImportFormat | null): ImportPlanState {
  const deferredText = useDeferredValue(text);
  const lazy = useLazyValue(format === null ? null : IMPORTER_LOADERS[format]);
  const importer = lazy.status === 'ready' ? lazy.value : undefined;
  const loadError = lazy.status === 'failed' ? lazy.message : undefined;
  return useMemo((): ImportPlanState => {
    if (deferredText.trim() === '' || format === null) return { status: 'empty' };
    if (loadError !== undefined) return { status: 'failed', message: loadError };
    if (!importer) return { status: 'loading' };
    try {
      return { status: 'ready', plan: planImport(importer(deferredText)), tokens: findTokens(deferredText) };
    } catch (error) {
      // Importers never throw by contract; a bug must not take the dialog down.
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }, [deferredText, format, importer, loadError]);
}
