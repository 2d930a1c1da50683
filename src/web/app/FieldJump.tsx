import { Select } from '@mantine/core';
import { ALL_FIELDS } from '@/core/registry/registry';
import { requestFieldFocus } from '@/web/shared/focus/field-focus';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';

const NAMES = ALL_FIELDS.filter((f) => f.name !== 'local_rank').map((f) => f.name);

/** Type part of a keyword name and jump straight to its input, wherever it is in the form. */
export function FieldJump() {
  const { t } = useLocale();
  return (
    <Select
      size="xs"
      w={240}
      searchable
      aria-label={t('Jump to field')}
      placeholder={`${t('Jump to field')}…`}
      leftSection={<Icon name="search" size={14} />}
      rightSection={<span />}
      data={NAMES}
      limit={12}
      value={null}
      nothingFoundMessage={t('Nothing found')}
      onChange={(name) => {
        if (name) requestFieldFocus(name);
      }}
    />
  );
}
