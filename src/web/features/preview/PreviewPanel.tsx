import { SegmentedControl, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Kwargs, PyValue } from '@/core/py/py-value';
import type { Provenance } from '@/core/resolve/provenance';
import { requestFieldFocus } from '@/web/shared/focus/field-focus';
import { formatFieldValue } from '@/web/shared/format/format-value';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import { ProvenanceBadge } from './ProvenanceBadge';
import type { ProvenanceFilter } from './preview-rows';
import { filterRows, previewRows } from './preview-rows';
import classes from './preview.module.css';

interface PreviewPanelProps {
  readonly resolved: Readonly<Record<string, PyValue>>;
  readonly provenance: Readonly<Record<string, Provenance>>;
  /** What the user typed, so numbers written as floats print as floats. */
  readonly input: Kwargs;
}

/** Every field's effective value after the library's own resolution, with where it came from. */
export function PreviewPanel({ resolved, provenance, input }: PreviewPanelProps) {
  const { t } = useLocale();
  const [filter, setFilter] = useState<ProvenanceFilter>('all');
  const [query, setQuery] = useState('');
  const rows = useMemo(() => previewRows(resolved, provenance), [resolved, provenance]);
  const shown = useMemo(() => filterRows(rows, filter, query), [rows, filter, query]);
  const count = (p: Provenance) => rows.filter((r) => r.provenance === p).length;
  return (
    <div className={classes.panel}>
      <div className={classes.toolbar}>
        <SegmentedControl
          size="xs"
          value={filter}
          onChange={(value) => setFilter(value as ProvenanceFilter)}
          data={[
            { value: 'all', label: `${t('All')} ${rows.length}` },
            { value: 'user', label: `${t('Set by you')} ${count('user')}` },
            { value: 'derived', label: `${t('Derived')} ${count('derived')}` },
            { value: 'default', label: `${t('Default value')} ${count('default')}` },
          ]}
        />
        <TextInput
          size="xs"
          className={classes.search}
          placeholder={t('Filter fields')}
          aria-label={t('Filter fields')}
          leftSection={<Icon name="search" size={14} />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <div className={classes.scroll}>
        <table className={classes.table}>
          <thead>
            <tr>
              <th>{t('Field')}</th>
              <th>{t('Value')}</th>
              <th>{t('Source')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.name} data-provenance={row.provenance}>
                <td>
                  <button type="button" className={classes.name} onClick={() => requestFieldFocus(row.name)}>
                    {row.name}
                  </button>
                </td>
                <td className={classes.value}>{formatFieldValue(row.name, row.value, input)}</td>
                <td>
                  <ProvenanceBadge provenance={row.provenance} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className={classes.empty}>{t('No fields match')}</p>}
      </div>
    </div>
  );
}
