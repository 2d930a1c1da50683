import { memo, Suspense } from 'react';
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

/**
 * Every section in registry order. Memoised: the app re-rendering never re-renders the form. Each section
 * is a Suspense boundary (nothing in it suspends): over prerendered HTML, React then hydrates the sections
 * one by one, each in its own short task, instead of the whole form in one long one.
 */
export const EditorPanel = memo(function EditorPanel({ control }: EditorPanelProps) {
  return (
    <div className={classes.panel}>
      <SectionNav />
      {SECTIONS.map((section) => (
        <ErrorBoundary key={section.id} what={section.title}>
          <Suspense fallback={null}>
            <EditorSection section={section} control={control} />
          </Suspense>
        </ErrorBoundary>
      ))}
    </div>
  );
});
