import { Badge, Button } from '@mantine/core';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Control } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import type { SectionInfo } from '@/core/registry/sections';
import { focusFieldElement, onFieldFocusRequest } from '@/web/shared/focus/field-focus';
import type { FormValues, RawValue } from '@/web/shared/form/form-values';
import { isSet } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import { RichText } from '@/web/shared/ui/RichText';
import { useSchema } from '@/web/shared/schema/schema';
import { FieldRow } from './FieldRow';
import { splitSectionFields } from './section-fields';
import classes from './editor.module.css';

interface EditorSectionProps {
  readonly section: SectionInfo;
  readonly control: Control<FormValues>;
}

/**
 * A card of fields: core fields always, the rest behind "Show advanced". Advanced fields the user has
 * touched stay visible with the toggle off, so a change is never hidden.
 */
export function EditorSection({ section, control }: EditorSectionProps) {
  const { t, sectionTitle, sectionSummary } = useLocale();
  const schema = useSchema();
  const { core, advanced } = useMemo(() => splitSectionFields(section.id, schema), [section.id, schema]);
  const advancedNames = useMemo(() => advanced.map((f) => f.name), [advanced]);
  const [showAdvanced, setShowAdvanced] = useState(false);
  const pendingFocus = useRef<string | null>(null);
  // Watching only this section's advanced fields: core-field keystrokes do not re-render the card.
  const advancedValues = useWatch({ control, name: advancedNames }) as readonly RawValue[];
  const touched = useMemo(() => new Set(advancedNames.filter((_, i) => advancedValues[i] !== undefined)), [advancedNames, advancedValues]);
  const changedCount = advancedValues.filter(isSet).length;
  const visibleAdvanced = showAdvanced ? advanced : advanced.filter((f) => touched.has(f.name));

  const reveal = useCallback(
    (name: string) => {
      const isCore = core.some((f) => f.name === name);
      const isAdvanced = advancedNames.includes(name);
      if (!isCore && !isAdvanced) return;
      if (isCore || showAdvanced || touched.has(name)) {
        focusFieldElement(name);
        return;
      }
      pendingFocus.current = name;
      setShowAdvanced(true);
    },
    [core, advancedNames, showAdvanced, touched],
  );
  useEffect(() => onFieldFocusRequest(reveal), [reveal]);
  useLayoutEffect(() => {
    const name = pendingFocus.current;
    if (!showAdvanced || name === null) return;
    pendingFocus.current = null;
    requestAnimationFrame(() => focusFieldElement(name));
  }, [showAdvanced]);

  const titleId = `section-${section.id}`;
  return (
    <section className={classes.card} aria-labelledby={titleId} id={`section-card-${section.id}`}>
      <header className={classes.cardHeader}>
        <div className={classes.cardTitles}>
          <h2 id={titleId} className={classes.cardTitle}>
            {section.id === 'class' ? schema.configClass : sectionTitle(section.id, section.title)}
          </h2>
          <p className={classes.cardSummary}>
            <RichText text={sectionSummary(section.id, section.summary)} />
          </p>
        </div>
        {!showAdvanced && changedCount > 0 && (
          <Badge size="sm" variant="light" color="indigo" radius="sm">
            {changedCount} {t('changed')}
          </Badge>
        )}
      </header>
      <div className={classes.grid}>
        {core.map((field) => (
          <FieldRow key={field.name} field={field} control={control} />
        ))}
        {visibleAdvanced.map((field) => (
          <FieldRow key={field.name} field={field} control={control} />
        ))}
      </div>
      {advanced.length > 0 && (
        <div className={classes.cardFooter}>
          <Button
            variant="subtle"
            size="compact-xs"
            color="gray"
            aria-expanded={showAdvanced}
            leftSection={<Icon name={showAdvanced ? 'chevronUp' : 'chevronDown'} size={14} />}
            onClick={() => setShowAdvanced((open) => !open)}
          >
            {showAdvanced ? t('Hide advanced') : `${t('Show advanced')} (${advanced.length})`}
          </Button>
        </div>
      )}
    </section>
  );
}
