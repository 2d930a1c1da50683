import { Switch } from '@mantine/core';
import { useState } from 'react';
import type { RunContext } from '@/core/schedule/run-context';
import { DEFAULT_RUN_CONTEXT } from '@/core/schedule/run-context';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { CountInput } from './CountInput';
import classes from './schedule.module.css';

interface RunContextFormProps {
  readonly run: RunContext;
  readonly onChange: (run: RunContext) => void;
  /** `dataloader_drop_last` from the form: it decides how a short last batch counts. */
  readonly dropLast: boolean;
}

// Bounds that keep the arithmetic exact and the planning fast; no real run comes near them.
const MAX_EXAMPLES = 1e13;
const MAX_DEVICES = 100_000;

/** The facts about the run that are not TrainingArguments: dataset size and the devices it runs on. */
export function RunContextForm({ run, onChange, dropLast }: RunContextFormProps) {
  const { t } = useLocale();
  // The size typed before switching to an iterable dataset comes back when switching off again.
  const [examples, setExamples] = useState(run.examples ?? DEFAULT_RUN_CONTEXT.examples ?? 0);
  const [seen, setSeen] = useState(run.examples);
  if (run.examples !== seen) {
    setSeen(run.examples);
    if (run.examples !== null) setExamples(run.examples);
  }
  const iterable = run.examples === null;
  return (
    <div className={classes.runForm}>
      <CountInput
        label={t('Training examples')}
        value={examples}
        min={0}
        max={MAX_EXAMPLES}
        disabled={iterable}
        onValid={(n) => {
          setExamples(n);
          onChange({ ...run, examples: n });
        }}
      />
      <CountInput label={t('GPUs per node')} value={run.devicesPerNode} min={1} max={MAX_DEVICES} onValid={(n) => onChange({ ...run, devicesPerNode: n })} />
      <CountInput label={t('Nodes')} value={run.nodes} min={1} max={MAX_DEVICES} onValid={(n) => onChange({ ...run, nodes: n })} />
      <Switch
        size="xs"
        className={classes.iterable}
        classNames={{ label: classes.switchLabel, description: classes.switchDescription }}
        label={t('Iterable dataset (no length)')}
        description={
          <code className={classes.dropLast} title={t('from the form')}>
            dataloader_drop_last={dropLast ? 'True' : 'False'}
          </code>
        }
        checked={iterable}
        onChange={(event) => onChange({ ...run, examples: event.currentTarget.checked ? null : examples })}
      />
    </div>
  );
}
