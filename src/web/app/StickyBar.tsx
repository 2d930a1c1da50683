import { Button } from '@mantine/core';
import type { Kwargs } from '@/core/py/py-value';
import type { Issue } from '@/core/rules/define-rule';
import { CopyCodeButton } from '@/web/features/code/CopyCodeButton';
import { copyText } from '@/web/features/code/copy-text';
import { emitPythonCode } from '@/web/features/code/emit-code';
import { IssueCounts } from '@/web/features/issues/IssueCounts';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { useSchema } from '@/web/shared/schema/schema';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './app.module.css';

interface StickyBarProps {
  readonly issues: readonly Issue[];
  readonly errors: readonly Issue[];
  /** The newest input, read when Copy is pressed. */
  readonly getInput: () => Kwargs;
}

/**
 * On small screens, where Issues and the code sit far below the form: the issue counts (a link to the list)
 * and Copy, always at the bottom edge. Hidden by CSS on wide screens.
 */
export function StickyBar({ issues, errors, getInput }: StickyBarProps) {
  const { t, issueText } = useLocale();
  const { target, configClass } = useSchema();
  // Made on Copy only, from the newest input: the bar is on every screen size (hidden by CSS on wide ones), and
  // emitting per keystroke cost each one.
  const makeText = () =>
    copyText(
      emitPythonCode(getInput(), { all: false, launcher: 'torchrun', devicesPerNode: 1, nodes: 1, target, configClass }).code,
      'python',
      errors,
      issueText,
    );
  return (
    <div className={classes.stickyBar} role="region" aria-label={t('Summary and copy')}>
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        leftSection={<Icon name={errors.length > 0 ? 'error' : 'ok'} size={15} />}
        onClick={() => document.getElementById('issues-title')?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
      >
        {issues.length === 0 ? t('No issues') : t('Issues')}
      </Button>
      <IssueCounts issues={issues} />
      <span className={classes.stickySpacer} />
      <CopyCodeButton text={makeText} errorCount={errors.length} />
    </div>
  );
}
