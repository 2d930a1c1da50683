import { useDeferredValue, useMemo } from 'react';
import type { FoundToken } from '@/core/secrets/token-scan';
import { findTokens } from '@/core/secrets/token-scan';
import { useLazyValue } from '@/web/shared/lazy/use-lazy-value';
import type { ImportFormat } from './import-formats';
import type { ImportPlan } from './import-plan';
import { planImport } from './import-plan';
import { IMPORTER_LOADERS } from './importers';
import { isClassOnTarget } from '@/core/config-class/class-registry';
import { schemaFor, useSchema } from '@/web/shared/schema/schema';

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
  const { target, configClass } = useSchema();
  return useMemo((): ImportPlanState => {
    if (deferredText.trim() === '' || format === null) return { status: 'empty' };
    if (loadError !== undefined) return { status: 'failed', message: loadError };
    if (!importer) return { status: 'loading' };
    try {
      const result = importer(deferredText);
      // Code that builds a class (`SFTConfig(...)`) is read with that class's fields, when the release has it.
      const named = result.configClass !== undefined && isClassOnTarget(result.configClass, target) ? result.configClass : configClass;
      return { status: 'ready', plan: planImport(result, schemaFor(target, named).lookup), tokens: findTokens(deferredText) };
    } catch (error) {
      // Importers never throw by contract; a bug must not take the dialog down.
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }, [deferredText, format, importer, loadError, target, configClass]);
}
