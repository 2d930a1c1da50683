import type { SectionId } from '../registry/define-field';

/** Translated title and one-line summary of a form section. */
export interface SectionTexts {
  readonly title: string;
  readonly summary: string;
}

/** Translated texts of one field; Python names, values and code stay in backticks, untranslated. */
export interface FieldTexts {
  readonly summary: string;
  readonly help: string;
  /** The deprecation note (what to use instead), where the English field carries one. */
  readonly deprecated?: string;
}

/**
 * The Korean locale bundle. The web app loads it with a dynamic import, so the English
 * texts in the registry stay the only ones in the main bundle.
 * - `fields` is keyed by the exact Python field name.
 * - `ui` is keyed by the English UI string it translates.
 */
export interface KoreanTexts {
  readonly sections: Readonly<Record<SectionId, SectionTexts>>;
  readonly fields: Readonly<Record<string, FieldTexts>>;
  readonly ui: Readonly<Record<string, string>>;
}

/** Korean texts a target adds to ko.ts: its own fields, and fields whose English differs there (a missing summary keeps ko.ts's). */
export interface KoreanTargetTexts {
  readonly fields: Readonly<Record<string, Partial<FieldTexts>>>;
}

/**
 * Korean texts of the config classes (`ko-trl.ts`): `summaries` translates each class's one-line summary, by class
 * name; `fields` translates the shared TRL texts by field name; `classes` translates, per class, the wording a class
 * gives a field itself (its field spec's summary/help).
 */
export interface KoreanClassTexts {
  readonly summaries: Readonly<Record<string, string>>;
  readonly fields: Readonly<Record<string, FieldTexts>>;
  readonly classes: Readonly<Record<string, Readonly<Record<string, Partial<FieldTexts>>>>>;
}
