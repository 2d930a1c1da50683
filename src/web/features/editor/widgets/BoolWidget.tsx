import { Group, Switch, Text } from '@mantine/core';
import { normalizeChoice } from '@/web/shared/form/to-raw';
import { FieldSummary } from './FieldSummary';
import { TriStateWidget } from './TriStateWidget';
import type { WidgetProps } from './widget-props';
import classes from './widgets.module.css';

/** A switch; when the library default is None (a third state with its own meaning) a tri-state instead. */
export function BoolWidget(props: WidgetProps) {
  const { field, id, description, descriptionId, value, onChange, onBlur, error } = props;
  if (field.default === null) return <TriStateWidget {...props} />;
  const checked = typeof value === 'boolean' ? value : field.default === true;
  return (
    <div>
      <FieldSummary id={descriptionId} text={description} />
      <Group gap="xs" wrap="nowrap">
        <Switch
          id={id}
          size="sm"
          checked={checked}
          onChange={(event) => onChange(normalizeChoice(field, event.currentTarget.checked))}
          onBlur={onBlur}
          aria-describedby={descriptionId}
          aria-invalid={error ? true : undefined}
        />
        <Text size="xs" ff="monospace" c={checked ? undefined : 'dimmed'} aria-hidden="true">
          {checked ? 'True' : 'False'}
        </Text>
      </Group>
      {error && <div className={classes.error}>{error}</div>}
    </div>
  );
}
