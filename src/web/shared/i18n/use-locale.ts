import { useContext } from 'react';
import type { Locale } from './locale-context';
import { LocaleContext } from './locale-context';

export function useLocale(): Locale {
  return useContext(LocaleContext);
}
