import { memo, Suspense, useCallback, useMemo } from 'react';
import type { Control } from 'react-hook-form';
import { useController } from 'react-hook-form';
import type { SectionedField } from '@/core/registry/registry';
import { fieldDomId } from '@/web/shared/focus/field-focus';
import type { FormValues } from '@/web/shared/form/form-values';
import { isSet } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { useFieldIssues } from '@/web/shared/issues/use-field-issues';
import { FieldErrors } from './FieldErrors';
import { FieldHeader } from './FieldHeader';
import { FieldNotes } from './FieldNotes';
import { WIDGETS } from './widgets/widget-map';
import classes from './editor.module.css';

const MemoFieldHeader = memo(FieldHeader);
const MemoFieldNotes = memo(FieldNotes);

interface FieldRowProps {
  readonly field: SectionedField;
  readonly control: Control<FormValues>;
}

/**
 * One field. It subscribes to its own value and its own issues only, so a keystroke re-renders this
 * row and nothing else in the form.
 */
export const FieldRow = memo(function FieldRow({ field, control }: FieldRowProps) {
  const { field: input } = useController({ name: field.name, control });
  const issues = useFieldIssues(field.name);
  const { fieldSummary } = useLocale();
  const Widget = WIDGETS[field.kind];
  const changed = isSet(input.value);
  const id = fieldDomId(field.name);
  const labelId = `${id}-label`;
  const descriptionId = `${id}-summary`;
  // Kept while the issues stay, so a keystroke re-renders the input and not the header and notes around it.
  const errors = useMemo(() => issues.filter((issue) => issue.severity === 'error'), [issues]);
  const notes = useMemo(() => issues.filter((issue) => issue.severity !== 'error'), [issues]);
  const { onChange } = input;
  const reset = useCallback(() => onChange(undefined), [onChange]);
  const errorText = useMemo(() => (errors.length > 0 ? <FieldErrors issues={errors} /> : undefined), [errors]);
  return (
    <div className={classes.row} data-field-row data-kind={field.kind} data-changed={changed || undefined} data-invalid={errors.length > 0 || undefined}>
      <MemoFieldHeader field={field} inputId={id} labelId={labelId} changed={changed} onReset={reset} />
      <Suspense fallback={<div className={classes.widgetPlaceholder} />}>
        <Widget
          field={field}
          id={id}
          labelId={labelId}
          description={fieldSummary(field.name, field.summary)}
          descriptionId={descriptionId}
          value={input.value}
          onChange={input.onChange}
          onBlur={input.onBlur}
          error={errorText}
        />
      </Suspense>
      <MemoFieldNotes issues={notes} />
    </div>
  );
});
