import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import type { WaitingUpdate } from './service-worker';
import { registerServiceWorker } from './service-worker';
import { whenFirstUsed } from './first-use';
import { whenPageMarked } from './page-marks';
import classes from './app.module.css';

/** Resolves once the side column is live and the browser is idle. */
async function whenPanelsLive(): Promise<void> {
  await whenPageMarked('data-panels');
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 3_000 });
    else setTimeout(resolve, 500);
  });
}

/** Says when a new version has been downloaded; reloads only when asked, so an edit is never cut off. */
export function UpdateNotice() {
  const { t } = useLocale();
  const [update, setUpdate] = useState<WaitingUpdate | null>(null);
  // Registered after first use, once the side column is live and the browser idle: the worker fetches every
  // built file at install, which a visitor who only looks at the page should not pay for, and which would
  // compete with the code the page needs to come alive on a slow network.
  useEffect(() => {
    let live = true;
    let stop = () => {};
    void whenFirstUsed()
      .then(whenPanelsLive)
      .then(() => {
        if (live) stop = registerServiceWorker(setUpdate);
      });
    return () => {
      live = false;
      stop();
    };
  }, []);
  if (!update) return null;
  return (
    <div className={classes.updateWrap}>
      <div className={classes.update} role="status">
        <Icon name="refresh" size={16} />
        <span className={classes.updateText}>{t('A new version is ready. It will not reload while you edit: reload when you are done.')}</span>
        <Button size="compact-sm" onClick={update.activate}>
          {t('Reload to update')}
        </Button>
        <Button size="compact-sm" variant="subtle" color="gray" onClick={() => setUpdate(null)}>
          {t('Later')}
        </Button>
      </div>
    </div>
  );
}
