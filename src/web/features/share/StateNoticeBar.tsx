import { Button, CloseButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import { MAX_LINK_CHARS } from '@/core/share/share-link';
import { DEFAULT_RELEASE } from '@/core/share/share-state';
import { downloadText } from '@/web/shared/download/download-text';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import type { UiKey } from '@/web/shared/i18n/ui-text';
import { Icon } from '@/web/shared/ui/Icon';
import type { StateNotice } from './state-notice';
import { droppedNames } from './state-notice';
import classes from './share.module.css';

interface StateNoticeBarProps {
  readonly notice: StateNotice;
  readonly onDismiss: () => void;
  readonly onResolveConflict: (choice: 'theirs' | 'mine') => void;
  /** Downloads the current state as a file (what Import reads back). */
  readonly onDownloadState: () => void;
  /** Puts back the work a share link replaced. */
  readonly onRestoreWork: () => void;
  /** Moves restored work to the newest release through the header's switch (migrated, one undo step). */
  readonly onSwitchToLatest: () => void;
}

// Saved text that could not be read is offered under these names, so it can be inspected or restored by hand.
const UNREADABLE_FILE = 'trainargs-studio-unreadable-saved-state.txt';
const LEFT_OUT_FILE = 'trainargs-studio-left-out.json';

function message(notice: StateNotice, t: (key: UiKey) => string): string {
  const names = 'dropped' in notice ? droppedNames(notice.dropped) : '';
  const secretNote =
    'dropped' in notice && notice.dropped.some((d) => d.reason === 'secret') ? ` ${t('Tokens are never carried in links or saved work.')}` : '';
  switch (notice.kind) {
    case 'stored-unreadable':
      return notice.reason === 'unsupported-version'
        ? t('Your saved work is in a format this version cannot read, so the form starts empty. Download it to keep it.')
        : `${t('Your saved work could not be read, so the form starts empty.')} ${t('Download it to keep what was there.')}`;
    case 'stored-partial':
      return fillTemplate(t('Some saved values could not be read and were left out: {names}'), { names }) + secretNote;
    case 'stored-other-target': {
      const upgraded = notice.upgraded ? `${t('Your saved work was stored in an older format and has been upgraded; nothing was lost.')} ` : '';
      const values = { release: notice.release, configClass: notice.configClass, latest: DEFAULT_RELEASE };
      return (
        upgraded +
        (notice.onLatest
          ? fillTemplate(t('Restored your saved work for {configClass} on transformers {release}: its fields and checks follow that class.'), values)
          : fillTemplate(
              t(
                'Restored your saved work for transformers {release} ({configClass}): its checks and code follow that release. A fresh start opens transformers {latest}.',
              ),
              values,
            ))
      );
    }
    case 'stored-upgraded':
      return t('Your saved work was stored in an older format and has been upgraded; nothing was lost.');
    case 'stored-elsewhere':
      return t('Another tab saved different work. Nothing was overwritten: load that work, or keep yours and save it over it.');
    case 'storage-failed':
      return notice.problem === 'full'
        ? t(
            "The browser's storage is full, so changes are no longer saved and last only while this page is open. Free some space, or download your work as a file.",
          )
        : t(
            'This browser does not let the studio save (private browsing, or storage turned off): your work lasts only while this page is open. Download it as a file to keep it.',
          );
    case 'link-unreadable':
      return notice.reason === 'too-large'
        ? t('This share link is too large to open safely; your saved work is kept.')
        : t('This share link could not be read; your saved work is kept.');
    case 'link-partial':
      return fillTemplate(t('Opened the shared link; left out what could not be read: {names}'), { names }) + secretNote;
    case 'link-loaded':
      return t('Opened the configuration from the shared link.');
    case 'link-over-work':
      return notice.dropped.length > 0
        ? fillTemplate(t('Opened the shared link over your work; a copy of your work is kept. Left out what could not be read: {names}'), { names })
        : t('Opened the shared link over your work; a copy of your work is kept.');
    case 'work-restored':
      return t('Your work is back. Undo returns to the shared configuration.');
    case 'link-too-long':
      return fillTemplate(
        t(
          'This configuration needs a link of {length} characters. Links over {max} characters get cut by chat apps and browsers, so none was made: download it as a file instead, and open it with Import.',
        ),
        { length: notice.length.toLocaleString('en-US'), max: MAX_LINK_CHARS.toLocaleString('en-US') },
      );
  }
}

/** What happened to the saved or linked state, under the header until dismissed. */
export function StateNoticeBar({ notice, onDismiss, onResolveConflict, onDownloadState, onRestoreWork, onSwitchToLatest }: StateNoticeBarProps) {
  const { t } = useLocale();
  const success =
    notice.kind === 'link-loaded' || notice.kind === 'work-restored' || notice.kind === 'stored-upgraded' || notice.kind === 'stored-other-target';
  // Keeping this tab's work writes over the other tab's saved work, so it is asked first.
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setConfirming(false), [notice]);
  // Even good news stays until it is closed: a message that leaves on a timer is missed by anyone who
  // reads slowly, looks away or uses a screen reader (WCAG 2.2.1), and a slow device may paint it late.
  const small = { size: 'compact-sm', variant: 'default' } as const;
  const download = (label: UiKey, onClick: () => void) => (
    <Button {...small} leftSection={<Icon name="download" size={14} />} onClick={onClick}>
      {t(label)}
    </Button>
  );
  return (
    <div className={classes.wrap}>
      <div className={classes.notice} data-tone={success ? 'info' : 'warning'} role="status">
        <Icon name={success ? 'info' : 'warning'} size={16} />
        <span className={classes.noticeText}>
          {confirming ? t("Save this tab's work over the other tab's? The other work then stays only in its own tab.") : message(notice, t)}
        </span>
        {notice.kind === 'stored-unreadable' && download('Download saved text', () => downloadText(UNREADABLE_FILE, notice.raw, 'text/plain'))}
        {notice.kind === 'stored-partial' && download('Download what was left out', () => downloadText(LEFT_OUT_FILE, notice.raw))}
        {(notice.kind === 'storage-failed' || notice.kind === 'link-too-long') && download('Download as file', onDownloadState)}
        {notice.kind === 'link-over-work' && (
          <Button {...small} onClick={onRestoreWork}>
            {t('Restore my work')}
          </Button>
        )}
        {notice.kind === 'stored-other-target' && !notice.onLatest && (
          <>
            <Button {...small} onClick={onSwitchToLatest}>
              {fillTemplate(t('Switch to transformers {latest}'), { latest: DEFAULT_RELEASE })}
            </Button>
            <Button {...small} onClick={onDismiss}>
              {fillTemplate(t('Keep {release}'), { release: notice.release })}
            </Button>
          </>
        )}
        {notice.kind === 'stored-elsewhere' && !confirming && (
          <>
            <Button {...small} onClick={() => onResolveConflict('theirs')}>
              {t('Load the other work')}
            </Button>
            <Button {...small} onClick={() => setConfirming(true)}>
              {t('Keep mine and save')}
            </Button>
          </>
        )}
        {notice.kind === 'stored-elsewhere' && confirming && (
          <>
            <Button size="compact-sm" color="orange" onClick={() => onResolveConflict('mine')}>
              {t('Save mine')}
            </Button>
            <Button {...small} onClick={() => setConfirming(false)}>
              {t('Cancel')}
            </Button>
          </>
        )}
        <CloseButton size="sm" aria-label={t('Dismiss')} onClick={onDismiss} />
      </div>
    </div>
  );
}
