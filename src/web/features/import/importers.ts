import type { ImportResult } from '@/core/import/import-result';
import type { Loader } from '@/web/shared/lazy/use-lazy-value';
import type { ImportFormat } from './import-formats';

export type Importer = (text: string) => ImportResult;

/** Each importer loads when its format is first needed (the YAML one brings a YAML parser). */
export const IMPORTER_LOADERS: Record<ImportFormat, Loader<Importer>> = {
  python: () => import('@/core/import/python').then((m) => m.importPython),
  cli: () => import('@/core/import/cli-flags').then((m) => m.importCliFlags),
  // A studio state file (the download offered when a share link would be too long) is JSON too.
  json: () => import('./state-file-import').then((m) => m.importJsonOrState),
  yaml: () => import('@/core/import/yaml').then((m) => m.importYaml),
};
