import type { PyValue } from '@/core/py/py-value';
import { ALL_FIELDS } from '@/core/registry/registry';
import type { Provenance } from '@/core/resolve/provenance';

export interface PreviewRow {
  readonly name: string;
  readonly value: PyValue | undefined;
  readonly provenance: Provenance;
}

export type ProvenanceFilter = Provenance | 'all';

/** One row per field in form order, then anything else the resolver reports. */
export function previewRows(resolved: Readonly<Record<string, PyValue>>, provenance: Readonly<Record<string, Provenance>>): PreviewRow[] {
  const known = new Set(ALL_FIELDS.map((f) => f.name));
  const names = [...ALL_FIELDS.map((f) => f.name), ...Object.keys(resolved).filter((n) => !known.has(n))];
  return names.map((name) => ({ name, value: resolved[name], provenance: provenance[name] ?? 'default' }));
}

export function filterRows(rows: readonly PreviewRow[], filter: ProvenanceFilter, query: string): PreviewRow[] {
  const needle = query.trim().toLowerCase();
  return rows.filter((row) => (filter === 'all' || row.provenance === filter) && (needle === '' || row.name.includes(needle)));
}
