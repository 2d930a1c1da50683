import { createContext } from 'react';
import type { SectionId } from '@/core/registry/define-field';
import type { Language } from './locale-texts';
import type { UiKey } from './ui-text';

export interface Locale {
  readonly language: Language;
  t(key: UiKey): string;
  sectionTitle(id: SectionId, fallback: string): string;
  sectionSummary(id: SectionId, fallback: string): string;
  fieldSummary(name: string, fallback: string): string;
  fieldHelp(name: string, fallback: string): string;
}

export const ENGLISH: Locale = {
  language: 'en',
  t: (key) => key,
  sectionTitle: (_id, fallback) => fallback,
  sectionSummary: (_id, fallback) => fallback,
  fieldSummary: (_name, fallback) => fallback,
  fieldHelp: (_name, fallback) => fallback,
};

export const LocaleContext = createContext<Locale>(ENGLISH);
