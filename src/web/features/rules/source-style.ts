import type { RuleSource } from '@/core/rules/define-rule';
import type { UiKey } from '@/web/shared/i18n/ui-text';

export interface SourceStyle {
  readonly color: string;
  readonly label: UiKey;
  /** What the source means, for the badge's title and the legend. */
  readonly hint: UiKey;
}

/** Whether a rule mirrors the library or goes beyond it, in colour and words. */
export const SOURCE_STYLE: Record<RuleSource, SourceStyle> = {
  library: { color: 'indigo', label: 'Mirrors the library', hint: 'TrainingArguments itself raises or warns' },
  trainer: { color: 'grape', label: 'Fails later in training', hint: 'Accepted by TrainingArguments; the Trainer, optimizer or scheduler fails later' },
  app: { color: 'teal', label: 'Sanity check', hint: 'Nonsense or a silent surprise the library never reports' },
};

export const SOURCE_ORDER: readonly RuleSource[] = ['library', 'trainer', 'app'];
