import { useDeferredValue, useMemo } from 'react';
import type { FoundToken } from '@/core/secrets/token-scan';
import { findTokens } from '@/core/secrets/token-scan';
import { useLazyValue } from '@/web/shared/lazy/use-lazy-value';
import type { ImportFormat } from './import-formats';
import type { ImportPlan, OfferedClass } from './import-plan';
import { offeredClass, planReport } from './import-plan';
import { IMPORTER_LOADER } from './importers';
import { isClassOnTarget } from '@/core/config-class/class-registry';
import { schemaFor, useSchema } from '@/web/shared/schema/schema';

export type ImportPlanState =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  /**
   * `tokens`: access tokens found anywhere in the text, which the user should rotate. `offered`: a config class the
   * import can switch the form to (the plan is read with that class's fields when `switchClass` is on).
   */
  | {
      readonly status: 'ready';
      readonly plan: ImportPlan;
      readonly tokens: readonly FoundToken[];
      readonly offered?: OfferedClass;
      /** Whether the plan switches the form to `offered`. */
      readonly switchClass: boolean;
    }
  | { readonly status: 'failed'; readonly message: string };

export interface ImportPlanInput {
  readonly text: string;
  readonly format: ImportFormat | null;
  readonly fileName?: string;
  /**
   * Whether the user agrees to switch the form to the offered class; undefined until they choose, which means yes
   * for a class the text builds and no for one its names only point to.
   */
  readonly switchChoice: boolean | undefined;
}

/** What importing the text would do, re-read (deferred) as the user types, through the core import pipeline. */
export function useImportPlan({ text, format, fileName, switchChoice }: ImportPlanInput): ImportPlanState {
  const deferredText = useDeferredValue(text);
  const lazy = useLazyValue(format === null ? null : IMPORTER_LOADER);
  const importer = lazy.status === 'ready' ? lazy.value : undefined;
  const loadError = lazy.status === 'failed' ? lazy.message : undefined;
  const { target, configClass } = useSchema();
  return useMemo((): ImportPlanState => {
    if (deferredText.trim() === '' || format === null) return { status: 'empty' };
    if (loadError !== undefined) return { status: 'failed', message: loadError };
    if (!importer) return { status: 'loading' };
    try {
      const report = importer(deferredText, { format, target, configClass, ...(fileName === undefined ? {} : { fileName }) });
      // A class the release does not have cannot be switched to; its fields then stay unknown names.
      const offer = offeredClass(report, configClass);
      const offered = offer !== undefined && isClassOnTarget(offer.name, target) ? offer : undefined;
      const switchClass = offered !== undefined && (switchChoice ?? offered.fromText);
      const named = switchClass ? offered.name : undefined;
      const plan = planReport(report, schemaFor(target, named ?? configClass).lookup, named);
      return { status: 'ready', plan, tokens: findTokens(deferredText), switchClass, ...(offered === undefined ? {} : { offered }) };
    } catch (error) {
      // Importers never throw by contract; a bug must not take the dialog down.
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }, [deferredText, format, fileName, switchChoice, importer, loadError, target, configClass]);
}
