import { Group, Select, Tooltip } from '@mantine/core';
import { configClassesFor } from '@/core/config-class/class-registry';
import type { Target } from '@/core/target/target';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { RELEASE_OPTIONS } from './release-options';
import classes from './schema-switch.module.css';

interface SchemaSelectsProps {
  /** The menu value of the version picked (a release), and the target it maps to. */
  readonly release: string;
  readonly target: Target;
  readonly configClass: string;
  readonly onChange: (next: { readonly release: string; readonly target: Target; readonly configClass: string }) => void;
}

/**
 * The transformers version the user runs and the config class they build. The version menu lists releases;
 * the note beside it names the band of exact code it maps to, and says when that is an approximation.
 */
export function SchemaSelects({ release, target, configClass, onChange }: SchemaSelectsProps) {
  const { t, classSummary } = useLocale();
  const option = RELEASE_OPTIONS.find((o) => o.value === release);
  const available = configClassesFor(target);
  const chosen = available.find((c) => c.name === configClass);
  return (
    <Group gap={6} className={classes.selects}>
      <label className={classes.label} htmlFor="version-select">
        {t('transformers')}
      </label>
      <Select
        id="version-select"
        size="xs"
        className={classes.versionSelect}
        data={RELEASE_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
        value={release}
        allowDeselect={false}
        comboboxProps={{ width: 260, position: 'bottom-start' }}
        onChange={(next) => {
          const picked = RELEASE_OPTIONS.find((o) => o.value === next);
          if (!picked) return;
          // A class the older release lacks falls back to TrainingArguments (the switch lists what that drops).
          const keeps = configClassesFor(picked.target).some((c) => c.name === configClass);
          onChange({ release: picked.value, target: picked.target, configClass: keeps ? configClass : 'TrainingArguments' });
        }}
      />
      {option && (
        <Tooltip label={option.approximate ? t('No exact code for this release: checked as the nearest band, with its dated changes.') : option.band} withArrow>
          <span className={option.approximate ? classes.approximate : classes.band} role="note" aria-label={t('Checked as')}>
            {option.approximate ? `≈ ${option.band}` : option.band}
          </span>
        </Tooltip>
      )}
      <label className={classes.label} htmlFor="config-class-select">
        {t('Config class')}
      </label>
      <Select
        id="config-class-select"
        size="xs"
        className={classes.classSelect}
        data={available.map((c) => ({ value: c.name, label: c.name }))}
        value={configClass}
        // What the class is for, on hover: the menu itself lists the Python names people search for.
        title={chosen === undefined ? undefined : classSummary(chosen.name, chosen.summary)}
        allowDeselect={false}
        comboboxProps={{ width: 260, position: 'bottom-start' }}
        onChange={(next) => {
          if (next && available.some((c) => c.name === next)) onChange({ release, target, configClass: next });
        }}
      />
    </Group>
  );
}
