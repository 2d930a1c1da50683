import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { SharedState } from '@/core/share/share-state';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './share.module.css';

interface ShareLinkButtonProps {
  readonly getState: () => SharedState;
  /** The link would be longer than `MAX_LINK_CHARS`: none is made (a cut link opens as nothing). */
  readonly onTooLong: (length: number) => void;
}

type Status = 'idle' | 'copied' | 'failed';

/** Copies a link that opens the studio with this exact state: form values, hardware and run context. */
export function ShareLinkButton({ getState, onTooLong }: ShareLinkButtonProps) {
  const { t } = useLocale();
  const [status, setStatus] = useState<Status>('idle');
  useEffect(() => {
    if (status === 'idle') return;
    const timer = window.setTimeout(() => setStatus('idle'), 2000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const share = async () => {
    try {
      const { encodeShareToken, shareUrl, MAX_LINK_CHARS } = await import('@/core/share/share-link');
      const url = shareUrl(window.location.href, await encodeShareToken(getState()));
      if (url.length > MAX_LINK_CHARS) {
        setStatus('idle');
        onTooLong(url.length);
        return;
      }
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  const label = status === 'copied' ? t('Link copied') : status === 'failed' ? t('Could not copy') : t('Share link');
  return (
    <Button
      size="xs"
      aria-label={label}
      title={t('Copy a link that opens this exact state')}
      classNames={{ section: classes.buttonIcon }}
      variant={status === 'copied' ? 'light' : 'default'}
      color={status === 'copied' ? 'teal' : status === 'failed' ? 'red' : undefined}
      leftSection={<Icon name={status === 'copied' ? 'check' : 'link'} size={14} />}
      onClick={() => void share()}
    >
      {/* On narrow screens the header keeps only the icon; the button keeps its name. */}
      <span className={classes.buttonLabel}>{label}</span>
    </Button>
  );
}
