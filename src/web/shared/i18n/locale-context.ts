import { createContext } from 'react';
import { EN_MESSAGES } from '@/core/i18n/messages/en';
import { renderMessage, type Message } from '@/core/i18n/messages/message';
import type { Fix, Issue } from '@/core/rules/define-rule';
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
  /** A config class's one-line summary (`ConfigClassDef.summary` is the English). */
  classSummary(className: string, fallback: string): string;
  fieldHelp(name: string, fallback: string): string;
  /** A field's deprecation note (what to use instead), as the form's release and class word it. */
  fieldDeprecated(name: string, fallback: string): string;
  /** A text kept in core (a hardware profile's name), translated where the UI table has it, else as it is. */
  text(english: string): string;
  /** An issue's message in this language (see `describeIssue`). */
  issueText(issue: Issue): string;
  /** A fix's label in this language. */
  fixText(fix: Fix): string;
  /** Any other catalogue message (a migration or import note) in this language. */
  message(text: Message): string;
  /** This locale showing the fields as the form's release and class word them. */
  forSchema(target: Target, className: string): Locale;
}

export const ENGLISH: Locale = {
  language: 'en',
  t: (key) => key,
  sectionTitle: (_id, fallback) => fallback,
  sectionSummary: (_id, fallback) => fallback,
  fieldSummary: (_name, fallback) => fallback,
  classSummary: (_className, fallback) => fallback,
  fieldHelp: (_name, fallback) => fallback,
  fieldDeprecated: (_name, fallback) => fallback,
  text: (english) => english,
  // Issues carry their English text, rendered from the same catalogue by the check.
  issueText: (issue) => issue.message,
  fixText: (fix) => fix.label,
  message: (text) => renderMessage(EN_MESSAGES, text),
  forSchema: () => ENGLISH,
};

export const LocaleContext = createContext<Locale>(ENGLISH);
