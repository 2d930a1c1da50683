import { Button } from '@mantine/core';
import { Suspense, lazy, useState } from 'react';
import type { FormValues } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';

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
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);
  const preload = () => void loadDialog();
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<Icon name="bookmark" size={14} />}
        onMouseEnter={preload}
        onFocus={preload}
        onClick={() => {
          setUsed(true);
          setOpened(true);
        }}
      >
        {t('Presets')}
      </Button>
      {used && (
        <Suspense fallback={null}>
          <LazyPresetsDialog opened={opened} onClose={() => setOpened(false)} onApply={onApply} getValues={getValues} />
        </Suspense>
      )}
    </>
  );
}
