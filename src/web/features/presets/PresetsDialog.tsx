import { ActionIcon, Button, FileButton, Group, Modal, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Preset } from '@/core/presets/presets';
import { CURATED_PRESETS } from '@/core/presets/presets';
import { kwargs } from '@/core/py/py-value';
import type { FormValues } from '@/web/shared/form/form-values';
import { kwargsToFormValues } from '@/web/shared/form/from-kwargs';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import type { UiKey } from '@/web/shared/i18n/ui-text';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { schemaFor, useSchema } from '@/web/shared/schema/schema';
import { Icon } from '@/web/shared/ui/Icon';
import type { PresetFileRead } from './user-presets';
import { presetsFileText, readPresetsFile, uniqueName } from './user-presets';
import { useUserPresets } from './use-user-presets';
import classes from './presets.module.css';

interface PresetsDialogProps {
  readonly opened: boolean;
  readonly onClose: () => void;
  /** `configClass`: the class a curated preset is written for (TRL's `GRPOConfig`), to switch the form to. */
  readonly onApply: (name: string, values: FormValues, configClass?: string) => void;
  readonly getValues: () => FormValues;
}

const FILE_ERRORS: Record<Exclude<PresetFileRead, { ok: true }>['reason'], UiKey> = {
  'not-json': 'The file is not JSON. Choose a presets file exported from TrainArgs Studio.',
  'not-presets': 'The file is JSON but not a presets file. Choose a file exported with "Export to a file".',
  empty: 'The file holds no readable presets. Export them again and retry.',
};

function download(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked once the browser has started the download; revoking at once can cancel it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Curated starting points with when to use each, and the user's own presets: save, rename, delete, export, import. */
export function PresetsDialog({ opened, onClose, onApply, getValues }: PresetsDialogProps) {
  const { t, text } = useLocale();
  const presets = useUserPresets();
  const [newName, setNewName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const { target } = useSchema();
  const apply = (name: string, values: FormValues, configClass?: string) => {
    onApply(name, values, configClass);
    onClose();
  };
  // A preset for a config class brings that class's own arguments too, read as that class's fields.
  const curatedValues = (preset: Preset): FormValues => {
    const lookup = preset.configClass ? schemaFor(target, preset.configClass).lookup : undefined;
    return kwargsToFormValues(kwargs({ ...preset.values, ...preset.classValues }), lookup).values;
  };
  const save = () => {
    if (newName.trim() === '') return;
    presets.add(
      uniqueName(
        newName,
        presets.list.map((p) => p.name),
      ),
      getValues(),
    );
    setNewName('');
  };
  const importFile = async (file: File | null) => {
    if (!file) return;
    const read = readPresetsFile(await file.text(), presets.newId);
    if (!read.ok) {
      setFileError(t(FILE_ERRORS[read.reason]));
      return;
    }
    setFileError(null);
    presets.addAll(read.presets);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('Presets')} size="xl" closeButtonProps={{ 'aria-label': t('Close') }}>
      <h3 className={classes.heading}>{t('Starting points')}</h3>
      <ul className={classes.list}>
        {CURATED_PRESETS.map((preset) => (
          <li key={preset.id} className={classes.item}>
            <div className={classes.itemText}>
              <div className={classes.name}>
                {text(preset.name)}
                {preset.configClass && <code className={classes.configClass}>{preset.configClass}</code>}
              </div>
              <p className={classes.when}>{text(preset.when)}</p>
            </div>
            <Button
              size="compact-sm"
              variant="light"
              aria-label={fillTemplate(t('Apply preset {name}'), { name: text(preset.name) })}
              onClick={() => apply(text(preset.name), curatedValues(preset), preset.configClass)}
            >
              {t('Apply')}
            </Button>
          </li>
        ))}
      </ul>

      <h3 className={classes.heading}>{t('My presets')}</h3>
      {presets.list.length === 0 && <p className={classes.when}>{t('None yet: save the current form as a preset below.')}</p>}
      <ul className={classes.list}>
        {presets.list.map((preset) => (
          <li key={preset.id} className={classes.item}>
            {renaming?.id === preset.id ? (
              <form
                className={classes.itemText}
                onSubmit={(event) => {
                  event.preventDefault();
                  if (renaming.name.trim() !== '') {
                    presets.rename(
                      preset.id,
                      uniqueName(
                        renaming.name,
                        presets.list.filter((p) => p.id !== preset.id).map((p) => p.name),
                      ),
                    );
                  }
                  setRenaming(null);
                }}
              >
                <Group gap="xs" wrap="nowrap">
                  <TextInput
                    size="xs"
                    data-autofocus
                    aria-label={t('New name')}
                    value={renaming.name}
                    onChange={(event) => setRenaming({ id: preset.id, name: event.currentTarget.value })}
                    style={{ flex: 1 }}
                  />
                  <Button size="compact-sm" type="submit">
                    {t('Rename')}
                  </Button>
                </Group>
              </form>
            ) : (
              <div className={classes.itemText}>
                <div className={classes.name}>{preset.name}</div>
              </div>
            )}
            <Group gap={4} wrap="nowrap">
              <Button
                size="compact-sm"
                variant="light"
                aria-label={fillTemplate(t('Apply preset {name}'), { name: preset.name })}
                onClick={() => apply(preset.name, preset.values)}
              >
                {t('Apply')}
              </Button>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={fillTemplate(t('Rename {name}'), { name: preset.name })}
                onClick={() => setRenaming({ id: preset.id, name: preset.name })}
              >
                <Icon name="pencil" size={15} />
              </ActionIcon>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={fillTemplate(t('Delete {name}'), { name: preset.name })}
                onClick={() => presets.remove(preset.id)}
              >
                <Icon name="trash" size={15} />
              </ActionIcon>
            </Group>
          </li>
        ))}
      </ul>
      {!presets.stored && (
        <p className={classes.error}>{t('This browser did not keep the presets (storage is full or blocked). Export them to a file to keep them.')}</p>
      )}
      <form
        className={classes.saveRow}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <TextInput
          size="xs"
          label={t('Save the current form as a preset')}
          placeholder={t('Preset name')}
          value={newName}
          onChange={(event) => setNewName(event.currentTarget.value)}
          className={classes.saveName}
        />
        <Button size="xs" type="submit" disabled={newName.trim() === ''} leftSection={<Icon name="bookmark" size={14} />}>
          {t('Save')}
        </Button>
      </form>
      <Group gap="xs" mt="md">
        <Button
          size="xs"
          variant="default"
          leftSection={<Icon name="download" size={14} />}
          disabled={presets.list.length === 0}
          onClick={() => download(presetsFileText(presets.list), 'trainargs-presets.json')}
        >
          {t('Export to a file')}
        </Button>
        <FileButton accept="application/json,.json" onChange={(file) => void importFile(file)}>
          {(props) => (
            <Button {...props} size="xs" variant="default" leftSection={<Icon name="upload" size={14} />}>
              {t('Import from a file')}
            </Button>
          )}
        </FileButton>
      </Group>
      {fileError && (
        <p className={classes.error} role="alert">
          {fileError}
        </p>
      )}
    </Modal>
  );
}
