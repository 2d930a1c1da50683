import type { Launcher } from '@/core/emit/launch';
import type { UiKey } from '@/web/shared/i18n/ui-text';

export type CodeFormat = 'python' | 'cli' | 'json' | 'yaml' | 'launch';

/** Changed values only, or every field with its default filled in. */
export type CodeMode = 'changed' | 'all';

/** What the code tabs share, so switching tabs keeps the user's choices. */
export interface CodeSettings {
  readonly mode: CodeMode;
  readonly launcher: Launcher;
}

export const DEFAULT_CODE_SETTINGS: CodeSettings = { mode: 'changed', launcher: 'torchrun' };

export interface CodeTab {
  readonly format: CodeFormat;
  readonly label: UiKey;
  /** Names the code block, so it can be found by its label (and read out by screen readers). */
  readonly codeLabel: string;
}

/** The code tabs in order; Python first, as it is the default. */
export const CODE_TABS: readonly CodeTab[] = [
  { format: 'python', label: 'Python', codeLabel: 'Python code' },
  { format: 'cli', label: 'CLI flags', codeLabel: 'CLI flags code' },
  { format: 'json', label: 'JSON', codeLabel: 'JSON code' },
  { format: 'yaml', label: 'YAML', codeLabel: 'YAML code' },
  { format: 'launch', label: 'Launch', codeLabel: 'Launch command' },
];

export const LAUNCHERS: readonly { readonly value: Launcher; readonly label: string }[] = [
  { value: 'torchrun', label: 'torchrun' },
  { value: 'accelerate', label: 'accelerate launch' },
  { value: 'python', label: 'python' },
];

export function isLauncher(value: string | null): value is Launcher {
  return LAUNCHERS.some((l) => l.value === value);
}
