import { UnstyledButton } from '@mantine/core';
import type { SkippedFlag } from '@/core/emit/cli-flags';
import { requestFieldFocus } from '@/web/shared/focus/field-focus';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './code.module.css';

interface SkippedFlagsProps {
  readonly skipped: readonly SkippedFlag[];
}

/** Values set in the form that the command line cannot carry: the flags alone would not reproduce the config. */
export function SkippedFlags({ skipped }: SkippedFlagsProps) {
  const { t } = useLocale();
  if (skipped.length === 0) return null;
  return (
    <section className={classes.skipped} aria-labelledby="skipped-flags-title">
      <div id="skipped-flags-title" className={classes.skippedTitle}>
        <Icon name="warning" size={14} />
        {t('Not written as flags')} ({skipped.length})<span className={classes.skippedHint}>{t('Set these in Python, JSON or YAML instead')}</span>
      </div>
      <ul className={classes.skippedList}>
        {skipped.map(({ key, reason }) => (
          <li key={key}>
            <UnstyledButton className={classes.skippedKey} onClick={() => requestFieldFocus(key)}>
              {key}
            </UnstyledButton>
            <span className={classes.skippedReason}>{reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
