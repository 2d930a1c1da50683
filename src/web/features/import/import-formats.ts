import type { UiKey } from '@/web/shared/i18n/ui-text';

export type ImportFormat = 'python' | 'cli' | 'json' | 'yaml';

export const IMPORT_FORMATS: readonly { readonly format: ImportFormat; readonly label: UiKey }[] = [
  { format: 'python', label: 'Python' },
  { format: 'cli', label: 'CLI flags' },
  { format: 'json', label: 'JSON' },
  { format: 'yaml', label: 'YAML' },
];

export function formatLabel(format: ImportFormat): UiKey {
  return IMPORT_FORMATS.find((f) => f.format === format)?.label ?? 'Python';
}

export function isImportFormat(value: string): value is ImportFormat {
  return IMPORT_FORMATS.some((f) => f.format === value);
}
