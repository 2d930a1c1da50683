import { Button } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './app.module.css';

const loadDialog = () => import('./FieldPaletteDialog');
const LazyDialog = lazy(() => loadDialog().then((m) => ({ default: m.FieldPaletteDialog })));

function isPaletteKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';
}

/**
 * Ctrl+K (or this header button) opens the field search. The search and its dialog load on first use,
 * outside the first-load bundle; hovering or focusing the button starts the download.
 */
export function FieldPalette() {
  const { t } = useLocale();
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);
  const open = () => {
    setUsed(true);
    setOpened(true);
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPaletteKey(event)) return;
      event.preventDefault();
      setUsed(true);
      setOpened(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const preload = () => void loadDialog();
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<Icon name="search" size={14} />}
        rightSection={
          <kbd className={classes.searchKbd} aria-hidden="true">
            Ctrl K
          </kbd>
        }
        aria-keyshortcuts="Control+K"
        aria-label={t('Find a field')}
        onMouseEnter={preload}
        onFocus={preload}
        onClick={open}
      >
        <span className={classes.searchLabel}>{t('Find a field')}…</span>
      </Button>
      {used && (
        <Suspense fallback={null}>
          <LazyDialog opened={opened} onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  );
}
