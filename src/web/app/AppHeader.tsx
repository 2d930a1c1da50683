import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import { SchemaSelects } from '@/web/features/schema-switch/SchemaSelects';
import type { ChosenSchema } from '@/web/features/schema-switch/use-schema-switch';
import type { Language } from '@/web/shared/i18n/locale-texts';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { FieldJump } from './FieldJump';
import { HardwareSelect } from './HardwareSelect';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './app.module.css';

interface AppHeaderProps {
  /** The release and config class the form builds, and how to switch them. */
  readonly schema: ChosenSchema;
  readonly onSchemaChange: (next: ChosenSchema) => void;
  readonly hardware: HardwareProfile;
  readonly onHardwareChange: (value: HardwareProfile) => void;
  readonly language: Language;
  readonly languageLoading: boolean;
  readonly onLanguageChange: (value: Language) => void;
  /** Buttons the app puts first on the right (import, the rule catalogue). */
  readonly actions?: ReactNode;
}

export function AppHeader(props: AppHeaderProps) {
  const { t } = useLocale();
  return (
    <header className={classes.header}>
      <div className={classes.brand}>
        <span className={classes.logo} aria-hidden="true">
          TA
        </span>
        <div>
          <div className={classes.productName}>TrainArgs Studio</div>
          <div className={classes.productSub}>transformers · {props.schema.configClass}</div>
        </div>
      </div>
      <Group gap="sm" wrap="nowrap">
        <SchemaSelects release={props.schema.release} target={props.schema.target} configClass={props.schema.configClass} onChange={props.onSchemaChange} />
        {props.actions}
        <FieldJump />
        <Group gap={6} wrap="nowrap">
          {/* A real label, so the select alone (not its listbox too) is named "Hardware". */}
          <label className={classes.headerLabel} htmlFor="hardware-select">
            {t('Hardware')}
          </label>
          <HardwareSelect id="hardware-select" value={props.hardware} onChange={props.onHardwareChange} />
        </Group>
        <LanguageSwitch value={props.language} loading={props.languageLoading} onChange={props.onLanguageChange} />
      </Group>
    </header>
  );
}
