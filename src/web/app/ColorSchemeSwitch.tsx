import { SegmentedControl, useMantineColorScheme, VisuallyHidden } from '@mantine/core';
import type { MantineColorScheme } from '@mantine/core';
import { useSyncExternalStore } from 'react';
import type { UiKey } from '@/web/shared/i18n/ui-text';
import { useLocale } from '@/web/shared/i18n/use-locale';
import type { IconName } from '@/web/shared/ui/icon-paths';
import { Icon } from '@/web/shared/ui/Icon';
import classes from './app.module.css';

const SCHEMES: readonly { value: MantineColorScheme; icon: IconName; label: UiKey }[] = [
  { value: 'light', icon: 'sun', label: 'Light' },
  { value: 'dark', icon: 'moon', label: 'Dark' },
  { value: 'auto', icon: 'monitor', label: 'Follow the system' },
];

const noSubscription = () => () => {};

/** False in the prerender and while hydrating, true after: the stored choice is only known in the browser. */
function useIsClient(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

function isScheme(value: string): value is MantineColorScheme {
  return SCHEMES.some((scheme) => scheme.value === value);
}

/** Light, dark or the system's choice; Mantine's manager remembers it under the pre-paint script's key. */
export function ColorSchemeSwitch() {
  const { t } = useLocale();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  // The prerendered page shows "follow the system"; the remembered choice appears once hydrated.
  const shown = useIsClient() ? colorScheme : 'auto';
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('Colour scheme')}
      value={shown}
      onChange={(next) => {
        if (isScheme(next)) setColorScheme(next);
      }}
      classNames={{ label: classes.schemeLabel }}
      data={SCHEMES.map((scheme) => ({
        value: scheme.value,
        label: (
          <span title={t(scheme.label)} className={classes.schemeOption}>
            <Icon name={scheme.icon} size={14} />
            <VisuallyHidden>{t(scheme.label)}</VisuallyHidden>
          </span>
        ),
      }))}
    />
  );
}
