import { Button, FileButton, Group, Modal, SegmentedControl, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { DragEvent } from 'react';
import type { FormValues } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import { ImportPreview } from './ImportPreview';
import { detectFormat } from '@/core/import/detect-format';
import type { ImportFormat } from './import-formats';
import { IMPORT_FORMATS, formatLabel, isImportFormat } from './import-formats';
import { canApply } from './import-plan';
import { useImportPlan } from './use-import-plan';
import classes from './import.module.css';

interface ImportDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  /** Replaces the form values in one undoable step. */
  readonly onImport: (label: string, values: FormValues, configClass?: string) => void;
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
  const detected = detectFormat(text, fileName);
  const format = choice === 'auto' ? detected : choice;
  const state = useImportPlan(text, format);

  const readFile = (file: File | null | undefined) => {
    if (!file) return;
    void file.text().then((content) => {
      setText(content);
      setFileName(file.name);
    });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    readFile(event.dataTransfer.files[0]);
  };
  const apply = () => {
    // A failed import never touches the form.
    if (state.status !== 'ready' || format === null || !canApply(state.plan)) return;
    onImport(`${t(formatLabel(format))} · ${t('Values')}: ${state.plan.set.length}`, state.plan.values, state.plan.configClass);
    setText('');
    setFileName(undefined);
    onClose();
  };

  const ready = state.status === 'ready' && canApply(state.plan);
  return (
    <Modal opened={opened} onClose={onClose} title={t('Import a config')} size={1040} classNames={{ title: classes.modalTitle }} closeButtonProps={{ 'aria-label': t('Close') }}>
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
            onChange={(event) => {
              setText(event.currentTarget.value);
              setFileName(undefined);
            }}
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
