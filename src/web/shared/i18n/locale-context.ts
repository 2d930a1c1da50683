import { createContext } from 'react';
import { EN_MESSAGES } from '@/core/i18n/messages/en';
import type { MessageCatalogue } from '@/core/i18n/messages/message';
import type { SectionId } from '@/core/registry/define-field';
import type { Target } from '@/core/target/target';
import type { Language } from './locale-texts';
import type { UiKey } from './ui-text';

export interface Locale {
  readonly language: Language;
  t(key: UiKey): string;
  sectionTitle(id: SectionId, fallback: string): string;
  sectionSummary(id: SectionId, fallback: string): string;
  fieldSummary(name: string, fallback: string): string;
  fieldHelp(name: string, fallback: string): string;
  /** This locale showing the fields as the form's release and class word them. */
  forSchema(target: Target, className: string): Locale;
  /** The rules' messages and fix labels in this language (see `describeIssue`). */
  readonly messages: MessageCatalogue;
}

export const ENGLISH: Locale = {
  language: 'en',
  t: (key) => key,
  sectionTitle: (_id, fallback) => fallback,
  sectionSummary: (_id, fallback) => fallback,
  fieldSummary: (_name, fallback) => fallback,
  fieldHelp: (_name, fallback) => fallback,
  forSchema: () => ENGLISH,
  messages: EN_MESSAGES,
};

export const LocaleContext = createContext<Locale>(ENGLISH);
