import { createContext, use } from 'react';
import type { Kwargs } from '@/core/py/py-value';
import { kwargs } from '@/core/py/py-value';

/**
 * The form's keyword arguments as of this keystroke. Read by what must change in the keystroke's own frame
 * (the generated code), through context, so nothing between the form and the code re-renders for it.
 */
export const LiveInputContext = createContext<Kwargs>(kwargs({}));

export function useLiveInput(): Kwargs {
  return use(LiveInputContext);
}
