import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';

interface CopyCodeButtonProps {
  readonly text: string;
  readonly disabled?: boolean;
}

/** Copies through the async clipboard API and says so for a moment. */
export function CopyCodeButton({ text, disabled = false }: CopyCodeButtonProps) {
  const { t } = useLocale();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 1800);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Button
      size="compact-sm"
      variant={copied ? 'filled' : 'default'}
      color={copied ? 'teal' : undefined}
      disabled={disabled}
      leftSection={<Icon name={copied ? 'check' : 'copy'} size={14} />}
      onClick={() => void copy()}
    >
      {copied ? t('Copied') : t('Copy')}
    </Button>
  );
}
