import { ActionIcon, Group } from '@mantine/core';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';

interface HistoryButtonsProps {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

/** Undo and redo for every change to the form; Ctrl+Z and Ctrl+Shift+Z do the same. */
export function HistoryButtons({ canUndo, canRedo, onUndo, onRedo }: HistoryButtonsProps) {
  const { t } = useLocale();
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="default"
        size={30}
        title={`${t('Undo')} (Ctrl+Z)`}
        aria-label={t('Undo')}
        aria-keyshortcuts="Control+Z"
        disabled={!canUndo}
        onClick={onUndo}
      >
        <Icon name="reset" size={16} />
      </ActionIcon>
      <ActionIcon
        variant="default"
        size={30}
        title={`${t('Redo')} (Ctrl+Shift+Z)`}
        aria-label={t('Redo')}
        aria-keyshortcuts="Control+Shift+Z"
        disabled={!canRedo}
        onClick={onRedo}
      >
        <Icon name="redo" size={16} />
      </ActionIcon>
    </Group>
  );
}
