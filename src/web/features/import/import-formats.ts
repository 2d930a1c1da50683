import { IMPORT_FORMATS as FORMAT_TABLE, type ImporterId } from '@/core/formats/formats';
import { uiKeyOr, type UiKey } from '@/web/shared/i18n/ui-text';

export type ImportFormat = ImporterId;

/** The formats a user can paste, from the one formats table, with their UI label. */
export const IMPORT_FORMATS: readonly { readonly format: ImportFormat; readonly label: UiKey }[] = FORMAT_TABLE.flatMap((f) =>
  f.importer === null ? [] : [{ format: f.importer, label: uiKeyOr(f.label, 'Python') }],
);

export function formatLabel(format: ImportFormat): UiKey {
  return IMPORT_FORMATS.find((f) => f.format === format)?.label ?? 'Python';
}

export function isImportFormat(value: string): value is ImportFormat {
  return IMPORT_FORMATS.some((f) => f.format === value);
}
