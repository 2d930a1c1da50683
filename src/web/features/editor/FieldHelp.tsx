import { ActionIcon, Popover, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import type { SectionedField } from '@/core/registry/registry';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { RichText } from '@/web/shared/ui/RichText';
import classes from './editor.module.css';

interface FieldHelpProps {
  readonly field: SectionedField;
}

/**
 * The full help text on demand, so the form stays dense. Memoised: its row re-renders on every keystroke
 * in the field, and the popover (closed) has nothing new to show.
 */
export const FieldHelp = memo(function FieldHelp({ field }: FieldHelpProps) {
  const { t, fieldHelp, fieldDeprecated } = useLocale();
  return (
    <Popover width={380} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" size="xs" aria-label={`${t('Help')}: ${field.name}`}>
          {/* A circled question mark drawn in CSS, not an SVG: one per field row, and each inline SVG is a
              separate piece the browser re-layers on every frame while typing. */}
          <span className={classes.helpMark} aria-hidden="true">
            ?
          </span>
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={6}>
          <Text size="xs" ff="monospace" fw={600}>
            {field.name}: {field.pyType}
          </Text>
          <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
            <RichText text={fieldHelp(field.name, field.help)} />
          </Text>
          {field.deprecated && (
            <Text size="xs" c="orange.8">
              {t('Deprecated')}: <RichText text={fieldDeprecated(field.name, field.deprecated)} />
            </Text>
          )}
          {field.since && (
            <Text size="xs" c="dimmed">
              transformers ≥ {field.since}
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
});
