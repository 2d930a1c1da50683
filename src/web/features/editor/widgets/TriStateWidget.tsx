import { SegmentedControl } from '@mantine/core';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { FieldSummary } from './FieldSummary';
import type { WidgetProps } from './widget-props';
import classes from './widgets.module.css';

const NOT_SET = 'unset';

/** None / True / False for a bool whose default None means "let the library decide". */
export function TriStateWidget({ id, labelId, description, descriptionId, value, onChange, error }: WidgetProps) {
  const { t } = useLocale();
  const current = value === true ? 'True' : value === false ? 'False' : NOT_SET;
  return (
    <div>
      <FieldSummary id={descriptionId} text={description} />
      <SegmentedControl
        id={id}
        size="xs"
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={descriptionId}
        data={[
          { value: NOT_SET, label: t('Not set') },
          { value: 'True', label: 'True' },
          { value: 'False', label: 'False' },
        ]}
        value={current}
        onChange={(next) => onChange(next === NOT_SET ? undefined : next === 'True')}
      />
      {error && <div className={classes.error}>{error}</div>}
    </div>
  );
}
