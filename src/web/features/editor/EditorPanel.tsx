import { memo } from 'react';
import type { Control } from 'react-hook-form';
import { SECTIONS } from '@/core/registry/sections';
import type { FormValues } from '@/web/shared/form/form-values';
import { ErrorBoundary } from '@/web/shared/ui/ErrorBoundary';
import { EditorSection } from './EditorSection';
import { SectionNav } from './SectionNav';
import classes from './editor.module.css';

interface EditorPanelProps {
  readonly control: Control<FormValues>;
}

/** Every section in registry order. Memoised: the app re-rendering never re-renders the form. */
export const EditorPanel = memo(function EditorPanel({ control }: EditorPanelProps) {
  return (
    <div className={classes.panel}>
      <SectionNav />
      {SECTIONS.map((section) => (
        <ErrorBoundary key={section.id} what={section.title}>
          <EditorSection section={section} control={control} />
        </ErrorBoundary>
      ))}
    </div>
  );
});
