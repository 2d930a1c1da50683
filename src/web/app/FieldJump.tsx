import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useSchema } from '@/web/shared/schema/schema';
import { requestFieldFocus } from '@/web/shared/focus/field-focus';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';


/** Type part of a keyword name and jump straight to its input, wherever it is in the form. */
export function FieldJump() {
  const { t } = useLocale();
  const { fields } = useSchema();
  const names = useMemo(() => fields.filter((f) => f.name !== 'local_rank').map((f) => f.name), [fields]);
  return (
    <Select
      size="xs"
      w={240}
      searchable
      aria-label={t('Jump to field')}
      placeholder={`${t('Jump to field')}…`}
      leftSection={<Icon name="search" size={14} />}
      rightSection={<span />}
      data={names}
      limit={12}
      value={null}
      nothingFoundMessage={t('Nothing found')}
      onChange={(name) => {
        if (name) requestFieldFocus(name);
      }}
    />
  );
}
