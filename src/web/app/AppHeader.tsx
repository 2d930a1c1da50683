import { ActionIcon } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import { SchemaSelects } from '@/web/features/schema-switch/SchemaSelects';
import type { ChosenSchema } from '@/web/features/schema-switch/use-schema-switch';
import type { Language } from '@/web/shared/i18n/locale-texts';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import { ColorSchemeSwitch } from './ColorSchemeSwitch';
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
  /** Always in view, on every width: undo, redo and the field search. */
  readonly quick?: ReactNode;
  /** Buttons the app puts first among the tools (share, import, presets, the rule catalogue). */
  readonly actions?: ReactNode;
}

/**
 * The brand, the always-visible quick controls, and the tools. On narrow screens the tools fold into a
 * menu opened by the burger; CSS decides which layout shows, so the markup is the same on every width
 * (and in the prerendered page).
 */
export function AppHeader(props: AppHeaderProps) {
  const { t } = useLocale();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  return (
    <header className={classes.header}>
      <div className={classes.brand}>
        <span className={classes.logo} aria-hidden="true">
          TA
        </span>
        <div className={classes.brandText}>
          <div className={classes.productName}>TrainArgs Studio</div>
          <div className={classes.productSub}>transformers · {props.schema.configClass}</div>
        </div>
      </div>
      <div className={classes.quick}>
        {props.quick}
        <ActionIcon
          className={classes.burger}
          variant="default"
          size={30}
          onClick={() => setMenuOpen((open) => !open)}
          aria-label={t('Menu')}
          aria-expanded={menuOpen}
          aria-controls="header-tools"
        >
          <Icon name={menuOpen ? 'chevronUp' : 'menu'} size={16} />
        </ActionIcon>
      </div>
      <div id="header-tools" className={classes.tools} data-open={menuOpen || undefined}>
        <SchemaSelects release={props.schema.release} target={props.schema.target} configClass={props.schema.configClass} onChange={props.onSchemaChange} />
        {props.actions}
        <div className={classes.hardware}>
          {/* A real label, so the select alone (not its listbox too) is named "Hardware". */}
          <label className={classes.headerLabel} htmlFor="hardware-select">
            {t('Hardware')}
          </label>
          <HardwareSelect id="hardware-select" value={props.hardware} onChange={props.onHardwareChange} />
        </div>
        <LanguageSwitch value={props.language} loading={props.languageLoading} onChange={props.onLanguageChange} />
        <ColorSchemeSwitch />
      </div>
    </header>
  );
}
