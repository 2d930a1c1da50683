import { Alert, Button, Group } from '@mantine/core';
import { message as code } from '@/core/i18n/messages/message';
import type { MigrationChange } from '@/core/migrate/migrate';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { RichText } from '@/web/shared/ui/RichText';
import classes from './schema-switch.module.css';

export interface SwitchNotice {
  /** What the switch went to, e.g. "SFTConfig · transformers 5.15–5.18". */
  readonly title: string;
  readonly changes: readonly MigrationChange[];
}

interface MigrationNoticeProps {
  readonly notice: SwitchNotice;
  /** Undo the switch and its changes; absent once something else was done after it. */
  readonly onUndo?: () => void;
  readonly onDismiss: () => void;
}

/** What a switch of release or class did to the values, with Undo while it is the last change. */
export function MigrationNotice({ notice, onUndo, onDismiss }: MigrationNoticeProps) {
  const { t, message } = useLocale();
  return (
    <Alert className={classes.notice} color="indigo" variant="light" role="status" aria-label={t('Switched')} title={`${t('Switched to')} ${notice.title}`}>
      {notice.changes.length === 0 ? (
        <div>{t('No value needed changing.')}</div>
      ) : (
        <ul className={classes.changes}>
          {notice.changes.map((change) => (
            <li key={`${change.field}:${change.text.code}`}>
              <RichText text={message(code('migrate.notice', { field: change.field, change: change.text }))} />
            </li>
          ))}
        </ul>
      )}
      <Group gap="xs" mt={6}>
        {onUndo && (
          <Button size="compact-xs" variant="light" onClick={onUndo}>
            {t('Undo')}
          </Button>
        )}
        <Button size="compact-xs" variant="subtle" color="gray" onClick={onDismiss}>
          {t('Dismiss')}
        </Button>
      </Group>
    </Alert>
  );
}
