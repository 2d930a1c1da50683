import { ActionIcon, Badge } from '@mantine/core';
import type { SectionedField } from '@/core/registry/registry';
import { formatFieldValue } from '@/web/shared/format/format-value';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import { FieldHelp } from './FieldHelp';
import classes from './editor.module.css';

interface FieldHeaderProps {
  readonly field: SectionedField;
  readonly inputId: string;
  readonly labelId: string;
  readonly changed: boolean;
  readonly onReset: () => void;
}

/** The Python name as the label (it is also the accessible name), then default, markers and actions. */
export function FieldHeader({ field, inputId, labelId, changed, onReset }: FieldHeaderProps) {
  const { t, language } = useLocale();
  const resetLabel = language === 'en' ? `Reset ${field.name}` : `${t('Reset to default')}: ${field.name}`;
  return (
    <div className={classes.header}>
      <label id={labelId} htmlFor={inputId} className={classes.name}>
        {field.name}
      </label>
      {field.deprecated && (
        <Badge size="xs" variant="light" color="orange" radius="sm">
          {t('Deprecated')}
        </Badge>
      )}
      {changed && <span className={classes.changedDot} role="img" aria-label={t('Changed')} title={t('Changed')} />}
      <FieldHelp field={field} />
      <span className={classes.default} title={`${t('Default')}: ${formatFieldValue(field.name, field.default)}`}>
        {t('Default').toLowerCase()}: {formatFieldValue(field.name, field.default)}
      </span>
      {changed && (
        <ActionIcon variant="subtle" color="gray" size="xs" aria-label={resetLabel} title={t('Reset to default')} onClick={onReset}>
          <Icon name="reset" size={14} />
        </ActionIcon>
      )}
    </div>
  );
}
