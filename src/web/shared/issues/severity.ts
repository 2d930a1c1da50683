import type { Severity } from '@/core/rules/define-rule';
import type { IconName } from '../ui/icon-paths';
import type { UiKey } from '../i18n/ui-text';

export interface SeverityStyle {
  readonly color: string;
  readonly icon: IconName;
  readonly label: UiKey;
  readonly plural: UiKey;
}

/** Colour, icon and word for each severity, so no severity is told apart by colour alone. */
export const SEVERITY_STYLE: Record<Severity, SeverityStyle> = {
  error: { color: 'red', icon: 'error', label: 'Error', plural: 'Errors' },
  warning: { color: 'orange', icon: 'warning', label: 'Warning', plural: 'Warnings' },
  info: { color: 'blue', icon: 'info', label: 'Info', plural: 'Info' },
};

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
