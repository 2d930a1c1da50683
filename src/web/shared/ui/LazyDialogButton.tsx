import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { Suspense, useState } from 'react';
import { Icon } from './Icon';
import type { IconName } from './icon-paths';

interface LazyDialogButtonProps {
  readonly icon: IconName;
  readonly label: string;
  /** Starts downloading the dialog's code: called on hover and focus, before the click. */
  readonly preload: () => void;
  /** The dialog (a lazy component), rendered from the first opening on. */
  readonly dialog: (opened: boolean, close: () => void) => ReactNode;
}

/**
 * A header button that opens a dialog whose code loads on first use. The dialog stays mounted after its first
 * opening, so closing animates and an accidental close keeps what was typed in it.
 */
export function LazyDialogButton({ icon, label, preload, dialog }: LazyDialogButtonProps) {
  const [opened, setOpened] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="default"
        leftSection={<Icon name={icon} size={14} />}
        onMouseEnter={preload}
        onFocus={preload}
        onClick={() => {
          setUsed(true);
          setOpened(true);
        }}
      >
        {label}
      </Button>
      {used && <Suspense fallback={null}>{dialog(opened, () => setOpened(false))}</Suspense>}
    </>
  );
}
