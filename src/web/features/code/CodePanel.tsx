import { SegmentedControl } from '@mantine/core';
import { useMemo, useState } from 'react';
import { emitPython } from '@/core/emit/python';
import type { Kwargs } from '@/core/py/py-value';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { CopyCodeButton } from './CopyCodeButton';
import { PythonCode } from './PythonCode';
import classes from './code.module.css';

type Mode = 'changed' | 'all';

interface CodePanelProps {
  readonly input: Kwargs;
}

function emit(input: Kwargs, all: boolean): string {
  try {
    return emitPython(input, { all });
  } catch (error) {
    return `# Could not generate code: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The `TrainingArguments(...)` call for the current form, ready to paste. */
export function CodePanel({ input }: CodePanelProps) {
  const { t } = useLocale();
  const [mode, setMode] = useState<Mode>('changed');
  const code = useMemo(() => emit(input, mode === 'all'), [input, mode]);
  return (
    <div className={classes.panel}>
      <div className={classes.toolbar}>
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(value) => setMode(value === 'all' ? 'all' : 'changed')}
          data={[
            { value: 'changed', label: t('Changed only') },
            { value: 'all', label: t('All values') },
          ]}
        />
        <CopyCodeButton text={code} />
      </div>
      <div className={classes.scroll}>
        <PythonCode code={code} />
      </div>
    </div>
  );
}
