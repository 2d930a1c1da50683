import { Button, CloseButton, Kbd } from '@mantine/core';
import type { ChangeKind } from '@/web/shared/history/form-history';
import type { UiKey } from '@/web/shared/i18n/ui-text';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './issues.module.css';

interface UndoBarProps {
  readonly label: string;
  readonly kind: ChangeKind;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

const KIND_TEXT: Record<ChangeKind, UiKey> = {
  edit: 'Changed',
  reset: 'Reset to default',
  fix: 'Fix applied',
  fixes: 'Fixes applied',
  import: 'Imported',
  preset: 'Preset applied',
  restore: 'Restored',
  switch: 'Switched',
};

/** Confirms a fix, an import or a preset and offers to take it back. */
export function UndoBar({ label, kind, onUndo, onDismiss }: UndoBarProps) {
  const { t } = useLocale();
  return (
    <div className={classes.undo} role="status">
      <Icon name="ok" size={15} />
      <span className={classes.undoText}>
        {t(KIND_TEXT[kind])}: {label}
      </span>
      <Button size="compact-xs" variant="white" leftSection={<Icon name="reset" size={13} />} onClick={onUndo}>
        {t('Undo')}
      </Button>
      <Kbd size="xs" visibleFrom="sm">
        Ctrl+Z
      </Kbd>
      <CloseButton size="xs" aria-label={t('Dismiss')} onClick={onDismiss} />
    </div>
  );
}
