import { Button, CloseButton, Kbd } from '@mantine/core';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './issues.module.css';

interface UndoBarProps {
  readonly label: string;
  readonly kind: 'fix' | 'import';
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

/** Confirms an applied fix (or an import) and offers to take it back. */
export function UndoBar({ label, kind, onUndo, onDismiss }: UndoBarProps) {
  const { t } = useLocale();
  return (
    <div className={classes.undo} role="status">
      <Icon name="ok" size={15} />
      <span className={classes.undoText}>
        {kind === 'import' ? t('Imported') : t('Fix applied')}: {label}
      </span>
      <Button size="compact-xs" variant="white" leftSection={<Icon name="reset" size={13} />} onClick={onUndo}>
        {t('Undo')}
      </Button>
      <Kbd size="xs">Ctrl+Z</Kbd>
      <CloseButton size="xs" aria-label={t('Dismiss')} onClick={onDismiss} />
    </div>
  );
}
