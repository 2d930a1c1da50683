import { startTransition, useEffect, useRef, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * `value` as it was when the last frame was painted. The first render gets it at once; a later change
 * arrives after the frame that shows it where it must show at once, as a transition (a newer keystroke
 * interrupts it). A keystroke then pays only for what has to be on screen with it (the typed text, the
 * code) and the rest of the page follows a frame later. Changes made faster than frames are painted
 * arrive together: the newest value wins, and it always arrives.
 */
export function useAfterPaint<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => {
    latest.current = value;
    if (cancel.current !== null || Object.is(value, settled)) return;
    cancel.current = afterNextPaint(() => {
      cancel.current = null;
      startTransition(() => setSettled(latest.current));
    });
  }, [value, settled]);
  useEffect(
    () => () => {
      cancel.current?.();
      cancel.current = null;
    },
    [],
  );
  return settled;
}
