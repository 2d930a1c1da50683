import { Button } from '@mantine/core';
import type { MouseEvent } from 'react';
import { ImportButton } from '@/web/features/import/ImportButton';
import type { PlannedLaunch } from '@/web/features/import/import-plan';
import type { FormValues } from '@/web/shared/form/form-values';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import type { AppView } from './app-view';
import { RULES_HASH } from './app-view';

interface HeaderActionsProps {
  readonly view: AppView;
  readonly onShowRules: () => void;
  readonly onImport: (label: string, values: FormValues, configClass?: string, launch?: PlannedLaunch) => void;
}

/** Import and the rule catalogue link; a real link, so it can be opened in a new tab too. */
export function HeaderActions({ view, onShowRules, onImport }: HeaderActionsProps) {
  const { t } = useLocale();
  const openRules = (event: MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onShowRules();
  };
  return (
    <>
      <ImportButton onImport={onImport} />
      <Button
        component="a"
        href={RULES_HASH}
        size="xs"
        variant={view === 'rules' ? 'light' : 'default'}
        aria-current={view === 'rules' ? 'page' : undefined}
        leftSection={<Icon name="listCheck" size={14} />}
        onClick={openRules}
      >
        {t('Rules')}
      </Button>
    </>
  );
}
