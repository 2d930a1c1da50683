import { Button } from '@mantine/core';
import { Suspense, lazy, useState } from 'react';
import type { FormValues } from '@/web/shared/form/form-values';
import type { PlannedLaunch } from './import-plan';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';

interface ImportButtonProps {
  readonly onImport: (label: string, values: FormValues, configClass?: string, launch?: PlannedLaunch) => void;
}

const loadDialog = () => import('./ImportDialog');
const LazyImportDialog = lazy(() => loadDialog().then((m) => ({ default: m.ImportDialog })));

/** Opens the import dialog, whose code (and the importers) load on first use; hovering starts the download. */
export function ImportButton({ onImport }: ImportButtonProps) {
  const { t } = useLocale();
  const [opened, setOpened] = useState(false);
  // Mounted from the first opening on, so closing animates and an accidental close keeps the text.
  const [used, setUsed] = useState(false);
  const preload = () => void loadDialog();
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<Icon name="fileImport" size={14} />}
        onMouseEnter={preload}
        onFocus={preload}
        onClick={() => {
          setUsed(true);
          setOpened(true);
        }}
      >
        {t('Import')}
      </Button>
      {used && (
        <Suspense fallback={null}>
          <LazyImportDialog opened={opened} onClose={() => setOpened(false)} onImport={onImport} />
        </Suspense>
      )}
    </>
  );
}
