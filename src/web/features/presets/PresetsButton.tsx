import { lazy } from 'react';
import type { FormValues } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { LazyDialogButton } from '@/web/shared/ui/LazyDialogButton';

interface PresetsButtonProps {
  /** Replaces the form's values with a preset's, as one undoable step. */
  readonly onApply: (name: string, values: FormValues, configClass?: string) => void;
  readonly getValues: () => FormValues;
}

const loadDialog = () => import('./PresetsDialog');
const LazyPresetsDialog = lazy(() => loadDialog().then((m) => ({ default: m.PresetsDialog })));

/** Opens the presets dialog (curated starting points and the user's own), loaded on first use. */
export function PresetsButton({ onApply, getValues }: PresetsButtonProps) {
  const { t } = useLocale();
  return (
    <LazyDialogButton
      icon="bookmark"
      label={t('Presets')}
      preload={() => void loadDialog()}
      dialog={(opened, close) => <LazyPresetsDialog opened={opened} onClose={close} onApply={onApply} getValues={getValues} />}
    />
  );
}
