import { Button, Checkbox, FileButton, Group, Modal, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { DragEvent } from 'react';
import type { FormValues } from '@/web/shared/form/form-values';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import { ImportPreview } from './ImportPreview';
import { detectFormat } from '@/core/import/detect-format';
import type { ImportFormat } from './import-formats';
import { IMPORT_FORMATS, formatLabel, isImportFormat } from './import-formats';
import { canApply, type PlannedLaunch } from './import-plan';
import { useImportPlan } from './use-import-plan';
import classes from './import.module.css';

interface ImportDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  /** Replaces the form values in one undoable step; switches the class and sets the run's devices when asked. */
  readonly onImport: (label: string, values: FormValues, configClass?: string, launch?: PlannedLaunch) => void;
}

type FormatChoice = 'auto' | ImportFormat;

const PLACEHOLDER = `TrainingArguments(
    output_dir="out",
    learning_rate=2e-5,
    eval_strategy="epoch",
)

--learning_rate 2e-5 --bf16      {"learning_rate": 2e-05}      learning_rate: 2.0e-05`;

/** Paste or drop a config in any format the app writes, see what it will set, then replace the form with it. */
export function ImportDialog({ opened, onClose, onImport }: ImportDialogProps) {
  const { t } = useLocale();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | undefined>(undefined);
  const [choice, setChoice] = useState<FormatChoice>('auto');
  const [dragging, setDragging] = useState(false);
  // The user's answers to the two offers; undefined until they answer (each offer then has its default).
  const [switchChoice, setSwitchChoice] = useState<boolean | undefined>(undefined);
  const [launchChoice, setLaunchChoice] = useState(true);
  const detected = detectFormat(text, fileName);
  const format = choice === 'auto' ? detected : choice;
  const state = useImportPlan({ text, format, switchChoice, ...(fileName === undefined ? {} : { fileName }) });
  const replaceText = (next: string, name: string | undefined) => {
    setText(next);
    setFileName(name);
    setSwitchChoice(undefined);
    setLaunchChoice(true);
  };

  const readFile = (file: File | null | undefined) => {
    if (!file) return;
    void file.text().then((content) => replaceText(content, file.name));
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    readFile(event.dataTransfer.files[0]);
  };
  const apply = () => {
    // A failed import never touches the form.
    if (state.status !== 'ready' || format === null || !canApply(state.plan)) return;
    const launch = launchChoice ? state.plan.launch : undefined;
    onImport(`${t(formatLabel(format))} · ${t('Values')}: ${state.plan.set.length}`, state.plan.values, state.plan.configClass, launch);
    replaceText('', undefined);
    onClose();
  };

  const ready = state.status === 'ready' && canApply(state.plan);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('Import a config')}
      size={1040}
      classNames={{ title: classes.modalTitle }}
      closeButtonProps={{ 'aria-label': t('Close') }}
    >
      <p className={classes.intro}>{t('Paste TrainingArguments(...) code, command-line flags, JSON or YAML, or drop a file.')}</p>
      <Group justify="space-between" gap="xs" mb="xs">
        <Group gap="xs">
          <SegmentedControl
            size="xs"
            aria-label={t('Format')}
            value={choice}
            onChange={(value) => setChoice(value === 'auto' || isImportFormat(value) ? value : 'auto')}
            data={[{ value: 'auto', label: t('Auto-detect') }, ...IMPORT_FORMATS.map((f) => ({ value: f.format, label: t(f.label) }))]}
          />
          {choice === 'auto' && text.trim() !== '' && (
            <span className={classes.detected} role="status">
              {detected ? `${t('Detected')}: ${t(formatLabel(detected))}` : t('Format not recognised: pick one')}
            </span>
          )}
        </Group>
        <FileButton onChange={readFile} accept=".py,.json,.yaml,.yml,.sh,.txt,text/*">
          {(props) => (
            <Button {...props} size="compact-sm" variant="default" leftSection={<Icon name="fileImport" size={14} />}>
              {t('Open file')}
            </Button>
          )}
        </FileButton>
      </Group>
      <div className={classes.columns}>
        <div
          className={classes.source}
          data-dragging={dragging || undefined}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <Textarea
            aria-label={t('Config to import')}
            placeholder={PLACEHOLDER}
            value={text}
            onChange={(event) => replaceText(event.currentTarget.value, undefined)}
            classNames={{ root: classes.textareaRoot, wrapper: classes.textareaWrapper, input: classes.textarea }}
            spellCheck={false}
            autoComplete="off"
            data-autofocus
          />
          {fileName && <div className={classes.fileName}>{fileName}</div>}
        </div>
        <div className={classes.previewColumn}>
          <ImportPreview state={state} />
        </div>
      </div>
      {state.status === 'ready' && (state.offered !== undefined || state.plan.launch !== undefined) && (
        <Stack gap={6} mt="sm">
          {state.offered !== undefined && (
            <Checkbox
              size="xs"
              checked={state.switchClass}
              onChange={(event) => setSwitchChoice(event.currentTarget.checked)}
              label={
                state.offered.fromText
                  ? fillTemplate(t('The text builds {class}: switch the form to it'), { class: state.offered.name })
                  : fillTemplate(t('These look like {class} fields ({names}): switch the form to it'), {
                      class: state.offered.name,
                      names: state.offered.names.join(', '),
                    })
              }
            />
          )}
          {state.plan.launch !== undefined && (
            <Checkbox
              size="xs"
              checked={launchChoice}
              onChange={(event) => setLaunchChoice(event.currentTarget.checked)}
              label={fillTemplate(t('Set the Launch panel: {processes} processes per node, {nodes} nodes'), {
                processes: String(state.plan.launch.devicesPerNode),
                nodes: String(state.plan.launch.nodes),
              })}
            />
          )}
        </Stack>
      )}
      <Group justify="space-between" mt="md">
        <span className={classes.note}>{t('Replaces every value in the form; Undo puts them back.')}</span>
        <Group gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('Cancel')}
          </Button>
          <Button disabled={!ready} onClick={apply} leftSection={<Icon name="fileImport" size={15} />}>
            {t('Replace form values')}
          </Button>
        </Group>
      </Group>
    </Modal>
  );
}
