import type { Launcher } from '@/core/emit/launch';
import { FORMATS, type FormatId, type Syntax } from '@/core/formats/formats';
import { isTruthy, type Kwargs } from '@/core/py/py-value';
import { uiKeyOr, type UiKey } from '@/web/shared/i18n/ui-text';

/** Every format of the formats table that has an emitter is a code tab. */
export type CodeFormat = FormatId;

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
  readonly syntax: Syntax;
  /** A side file shown only when this argument is set (the DeepSpeed config with `deepspeed`, the FSDP one with `fsdp`). */
  readonly shownWith?: string;
}

const SHOWN_WITH: Partial<Record<CodeFormat, string>> = { deepspeed: 'deepspeed', accelerate: 'fsdp' };

/** The code tabs in the formats table's order; Python first, as it is the default. */
export const CODE_TABS: readonly CodeTab[] = FORMATS.flatMap((f) => {
  if (f.emitter === null) return [];
  const shownWith = SHOWN_WITH[f.id];
  return [
    {
      format: f.id,
      label: uiKeyOr(f.label, 'Python'),
      codeLabel: f.id === 'launch' ? 'Launch command' : `${f.label} code`,
      syntax: f.syntax,
      ...(shownWith === undefined ? {} : { shownWith }),
    },
  ];
});

/** The tabs for these arguments: the side-file tabs only when their argument is set. */
export function codeTabsFor(input: Kwargs): readonly CodeTab[] {
  return CODE_TABS.filter((tab) => tab.shownWith === undefined || isTruthy(input.values[tab.shownWith]));
}

export const LAUNCHERS: readonly { readonly value: Launcher; readonly label: string }[] = [
  { value: 'torchrun', label: 'torchrun' },
  { value: 'accelerate', label: 'accelerate launch' },
  { value: 'python', label: 'python' },
];

export function isLauncher(value: string | null): value is Launcher {
  return LAUNCHERS.some((l) => l.value === value);
}
