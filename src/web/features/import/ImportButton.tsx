import { lazy } from 'react';
import type { FormValues } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { LazyDialogButton } from '@/web/shared/ui/LazyDialogButton';
import type { PlannedLaunch } from './import-plan';

interface ImportButtonProps {
  readonly onImport: (label: string, values: FormValues, configClass?: string, launch?: PlannedLaunch) => void;
}

const loadDialog = () => import('./ImportDialog');
const LazyImportDialog = lazy(() => loadDialog().then((m) => ({ default: m.ImportDialog })));

/** Opens the import dialog, whose code (and the importers) load on first use; hovering starts the download. */
export function ImportButton({ onImport }: ImportButtonProps) {
  const { t } = useLocale();
  return (
    <LazyDialogButton
      icon="fileImport"
      label={t('Import')}
      preload={() => void loadDialog()}
      dialog={(opened, close) => <LazyImportDialog opened={opened} onClose={close} onImport={onImport} />}
    />
  );
}
