import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';

interface CopyCodeButtonProps {
  /** The text, or how to make it: the sticky bar's code is made only when Copy is pressed, not on every keystroke. */
  readonly text: string | (() => string);
  readonly disabled?: boolean;
  /** Errors in the code: the button says how many, so copying broken code is never silent. */
  readonly errorCount?: number;
}

/** Copies through the async clipboard API and says so for a moment. */
export function CopyCodeButton({ text, disabled = false, errorCount = 0 }: CopyCodeButtonProps) {
  const { t } = useLocale();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = window.setTimeout(() => setCopied(false), 1800);
    return () => window.clearTimeout(timer);
  }, [copied]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const idle = errorCount === 0 ? t('Copy') : fillTemplate(t(errorCount === 1 ? 'Copy with 1 error' : 'Copy with {n} errors'), { n: errorCount });
  return (
    <Button
      size="compact-sm"
      variant={copied ? 'filled' : errorCount > 0 ? 'light' : 'default'}
      color={copied ? 'teal' : errorCount > 0 ? 'red' : undefined}
      disabled={disabled}
      leftSection={<Icon name={copied ? 'check' : errorCount > 0 ? 'warning' : 'copy'} size={14} />}
      onClick={() => void copy()}
    >
      {copied ? t('Copied') : idle}
    </Button>
  );
}
