import { Button, CloseButton } from '@mantine/core';
import { useEffect } from 'react';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import type { StateNotice } from './state-notice';
import { droppedNames } from './state-notice';
import classes from './share.module.css';

interface StateNoticeBarProps {
  readonly notice: StateNotice;
  readonly onDismiss: () => void;
  readonly onResolveConflict: (choice: 'theirs' | 'mine') => void;
  readonly onRestoreWork: () => void;
}

/** What happened to the saved or linked state, under the header until dismissed. */
export function StateNoticeBar({ notice, onDismiss, onResolveConflict, onRestoreWork }: StateNoticeBarProps) {
  const { t } = useLocale();
  const success = notice.kind === 'link-loaded' || notice.kind === 'work-restored';
  useEffect(() => {
    if (!success) return;
    const timer = window.setTimeout(onDismiss, 6000);
    return () => window.clearTimeout(timer);
  }, [success, onDismiss]);
  const message = {
    'stored-unreadable': () => t('Your saved work could not be read, so the form starts empty.'),
    'stored-elsewhere': () => t('Another tab saved different work. Nothing was overwritten: load that work, or keep yours and save it over it.'),
    'stored-partial': () => fillTemplate(t('Some saved values could not be read and were left out: {names}'), { names: 'dropped' in notice ? droppedNames(notice.dropped) : '' }),
    'link-unreadable': () => t('This share link could not be read; your saved work is kept.'),
    'link-partial': () => fillTemplate(t('Opened the shared link; left out what could not be read: {names}'), { names: 'dropped' in notice ? droppedNames(notice.dropped) : '' }),
    'link-loaded': () => t('Opened the configuration from the shared link.'),
    'link-over-work': () =>
      notice.kind === 'link-over-work' && notice.dropped.length > 0
        ? fillTemplate(t('Opened the shared link over your work; a copy of your work is kept. Left out what could not be read: {names}'), { names: droppedNames(notice.dropped) })
        : t('Opened the shared link over your work; a copy of your work is kept.'),
    'work-restored': () => t('Your work is back. Undo returns to the shared configuration.'),
  }[notice.kind]();
  return (
    <div className={classes.wrap}>
      <div className={classes.notice} data-tone={success ? 'info' : 'warning'} role="status">
        <Icon name={success ? 'info' : 'warning'} size={16} />
        <span className={classes.noticeText}>{message}</span>
        {notice.kind === 'link-over-work' && (
          <Button size="compact-sm" variant="default" onClick={onRestoreWork}>
            {t('Restore my work')}
          </Button>
        )}
        {notice.kind === 'stored-elsewhere' && (
          <>
            <Button size="compact-sm" variant="default" onClick={() => onResolveConflict('theirs')}>
              {t('Load the other work')}
            </Button>
            <Button size="compact-sm" variant="default" onClick={() => onResolveConflict('mine')}>
              {t('Keep mine and save')}
            </Button>
          </>
        )}
        <CloseButton size="sm" aria-label={t('Dismiss')} onClick={onDismiss} />
      </div>
    </div>
  );
}
