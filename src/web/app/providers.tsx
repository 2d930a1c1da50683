import '@mantine/core/styles.css';
import './global.css';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { COLOR_SCHEME_KEY } from '@/web/shared/preferences/preference-keys';
import { theme } from './theme';

interface ProvidersProps {
  readonly children: ReactNode;
}

// 'auto' follows the system until the user picks a scheme; the choice is remembered under the key the
// pre-paint script reads, so a reload never flashes the other scheme.
const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_KEY });

export function Providers({ children }: ProvidersProps) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      {children}
    </MantineProvider>
  );
}
