import { SegmentedControl, Select, Skeleton, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { Issue } from '@/core/rules/define-rule';
import { useLiveInput } from '@/web/shared/form/live-input-context';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { useSchema } from '@/web/shared/schema/schema';
import type { CodeFormat, CodeSettings } from './code-formats';
import { CODE_TABS, LAUNCHERS, isLauncher } from './code-formats';
import { CodeBlock } from './CodeBlock';
import { CopyCodeButton } from './CopyCodeButton';
import { copyText } from './copy-text';
import { SideFileNotes } from './SideFileNotes';
import { SkippedFlags } from './SkippedFlags';
import type { CodeLanguage } from './highlight-code';
import { useEmittedCode } from './use-emitted-code';
import classes from './code.module.css';

interface CodePanelProps {
  /** Python when not given. */
  readonly format?: CodeFormat;
  readonly settings: CodeSettings;
  readonly onSettingsChange: (settings: CodeSettings) => void;
  /** For the launch command: processes on each machine and machines (1 and 1 unless the run says otherwise). */
  readonly devicesPerNode?: number;
  readonly nodes?: number;
  /** Error issues of the config: counted on the Copy button and, in Python and YAML, copied as comments. */
  readonly errors?: readonly Issue[];
}

const NO_ERRORS: readonly Issue[] = [];

// With nothing changed there are no flags at all, which an empty block would not explain.
const NO_FLAGS = '# Every value is the library default: no flags are needed.\n';

/** The config in one format (the `TrainingArguments(...)` call, flags, JSON, YAML or a launch command), ready to paste. */
export function CodePanel({ format = 'python', settings, onSettingsChange, devicesPerNode = 1, nodes = 1, errors = NO_ERRORS }: CodePanelProps) {
  const { t, issueText } = useLocale();
  const { target, configClass } = useSchema();
  // The newest input, from context: the code changes in the keystroke's own frame.
  const input = useLiveInput();
  const request = useMemo(
    () => ({ all: settings.mode === 'all', launcher: settings.launcher, devicesPerNode, nodes, target, configClass }),
    [settings.mode, settings.launcher, devicesPerNode, nodes, target, configClass],
  );
  const state = useEmittedCode(format, input, request);
  const tab = CODE_TABS.find((candidate) => candidate.format === format);
  const label = tab?.codeLabel ?? format;
  const syntax: CodeLanguage = tab?.syntax ?? 'python';
  // The same element while the setting stays, so a keystroke (a new `input`) does not re-render the switch.
  const modeSwitch = useMemo(
    () => (
      <SegmentedControl
        size="xs"
        aria-label={t('Values to include')}
        value={settings.mode}
        onChange={(value) => onSettingsChange({ ...settings, mode: value === 'all' ? 'all' : 'changed' })}
        data={[
          { value: 'changed', label: t('Changed only') },
          { value: 'all', label: t('All values') },
        ]}
      />
    ),
    [t, settings, onSettingsChange],
  );
  const code =
    state.status === 'ready' ? (state.result.code === '' && format === 'cli' ? NO_FLAGS : state.result.code) : state.status === 'failed' ? state.message : '';
  return (
    <div className={classes.panel}>
      <div className={classes.toolbar}>
        {modeSwitch}
        <CopyCodeButton text={() => copyText(code, format, errors, issueText)} errorCount={errors.length} disabled={state.status !== 'ready'} />
      </div>
      {format === 'launch' && (
        <div className={classes.subbar}>
          <Select
            size="xs"
            w={180}
            aria-label={t('Launcher')}
            data={LAUNCHERS.map((l) => ({ value: l.value, label: l.label }))}
            value={settings.launcher}
            allowDeselect={false}
            onChange={(value) => {
              if (isLauncher(value)) onSettingsChange({ ...settings, launcher: value });
            }}
          />
          <span className={classes.processes}>
            {t('GPUs per node')}: {devicesPerNode} · {t('Nodes')}: {nodes}
          </span>
        </div>
      )}
      {state.status === 'ready' && <SkippedFlags skipped={state.result.skipped} />}
      {state.status === 'ready' && state.result.notes !== undefined && <SideFileNotes notes={state.result.notes} fileName={state.result.fileName} />}
      <div className={classes.scroll}>
        {state.status === 'loading' ? (
          <Stack gap={8} className={classes.loading} aria-busy="true">
            <Skeleton height={12} width="60%" />
            <Skeleton height={12} width="80%" />
            <Skeleton height={12} width="45%" />
          </Stack>
        ) : (
          <CodeBlock code={code} language={syntax} label={label} />
        )}
      </div>
    </div>
  );
}
