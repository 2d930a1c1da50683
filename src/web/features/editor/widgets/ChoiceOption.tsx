import { Group, Text } from '@mantine/core';

interface ChoiceOptionProps {
  readonly value: string;
  readonly requires: readonly string[] | undefined;
  readonly checked: boolean;
}

/** One dropdown option: the value, and the packages it needs when it needs any. */
export function ChoiceOption({ value, requires, checked }: ChoiceOptionProps) {
  return (
    <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
      <Text size="xs" ff="monospace" fw={checked ? 600 : 400}>
        {value}
      </Text>
      {requires && requires.length > 0 && (
        <Text size="10px" c="dimmed" ff="monospace" ta="right" lineClamp={1}>
          {requires.join(', ')}
        </Text>
      )}
    </Group>
  );
}
