import type { ImportReport, ImportTextOptions } from '@/core/import/import-text';
import type { Loader } from '@/web/shared/lazy/use-lazy-value';

export type Importer = (text: string, options: ImportTextOptions) => ImportReport;

/** The core import pipeline (every reader, the YAML parser with it) loads when the dialog first reads text. */
export const IMPORTER_LOADER: Loader<Importer> = () => import('./state-file-import').then((m) => m.importPasted);
