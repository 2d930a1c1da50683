import { TagsInput } from '@mantine/core';
import type { PyValue } from '@/core/py/py-value';
import { summaryProps } from './summary-props';
import type { WidgetProps } from './widget-props';

function listPlaceholder(value: PyValue): string {
  if (value === null) return 'None';
  if (typeof value === 'string') return value;
  return Array.isArray(value) && value.length > 0 ? value.join(' ') : '';
}

/**
 * Tags for `list[str]`; known choices are offered but anything may be typed. Space or comma splits,
 * which is also how the library splits a string such as `fsdp="full_shard auto_wrap"`.
 */
export function ListWidget({ field, id, description, descriptionId, value, onChange, onBlur, error }: WidgetProps) {
  const tags = Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(/[\s,]+/) : [];
  return (
    <TagsInput
      id={id}
      size="xs"
      data={[...(field.choices ?? [])]}
      value={tags}
      splitChars={[',', ' ']}
      acceptValueOnBlur
      clearable
      placeholder={tags.length === 0 ? listPlaceholder(field.default) : undefined}
      maxDropdownHeight={260}
      onChange={onChange}
      onBlur={onBlur}
      error={error}
      {...summaryProps({ description, descriptionId })}
    />
  );
}
