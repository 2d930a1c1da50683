import { Button } from '@mantine/core';
import type { FixGroup, MemoryFix } from '@/core/memory/fixes';
import { formatBytes } from '@/core/memory/format';
import type { FitVerdict } from '@/core/memory/fit';
import type { PyValue } from '@/core/py/py-value';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import type { UiKey } from '@/web/shared/i18n/ui-text';
import { useLocale } from '@/web/shared/i18n/use-locale';
import classes from './memory.module.css';

export const VERDICT_TEXT: Record<FitVerdict, UiKey> = { fits: 'Fits', tight: 'Tight', 'does-not-fit': 'Does not fit' };

const WHY: Record<MemoryFix['id'], UiKey> = {
  'gradient-checkpointing': 'Recomputes each block in the backward: same result, more time.',
  'halve-batch': 'The global batch stays the same; smaller micro-batches may use the GPU less well.',
  shard: 'Same result; adds communication between the GPUs.',
  'optim-8bit': 'Changes the numerics: optimizer states are quantised block-wise to 8 bits (needs bitsandbytes).',
  'bf16-load': 'Changes the numerics: no fp32 master weights, so updates below bf16’s resolution are lost.',
};

/** The fix's label: an English template filled with the numbers it sets (English for Undo, the locale for the button). */
export function fixLabel(fix: MemoryFix, translate: (key: UiKey) => string, processes: number): string {
  const a = fix.args as Record<string, PyValue>;
  switch (fix.id) {
    case 'gradient-checkpointing':
      return translate('Turn on gradient_checkpointing');
    case 'halve-batch':
      return fillTemplate(translate('Halve per_device_train_batch_size to {b} and double gradient_accumulation_steps to {ga}'), {
        b: String(a.per_device_train_batch_size),
        ga: String(a.gradient_accumulation_steps),
      });
    case 'shard':
      return fillTemplate(translate('Shard across the {n} GPUs with FSDP full_shard'), { n: processes });
    case 'optim-8bit':
      return translate('Use an 8-bit optimizer (adamw_8bit)');
    case 'bf16-load':
      return translate('Load the model in bf16');
  }
}

interface MemoryFixesProps {
  readonly fixes: readonly MemoryFix[];
  readonly processes: number;
  readonly onApply: (fix: MemoryFix, label: string, shown: string) => void;
}

const GROUPS: readonly { group: FixGroup; title: UiKey }[] = [
  { group: 'same', title: 'Fixes that keep the training the same' },
  { group: 'numerics', title: 'Fixes that change the numerics' },
];

/** One-click fixes in two groups, each with its memory and time effect. */
export function MemoryFixes({ fixes, processes, onApply }: MemoryFixesProps) {
  const { t } = useLocale();
  if (fixes.length === 0) return <p className={classes.hint}>{t('Nothing to suggest: none of the fixes lowers the peak.')}</p>;
  return (
    <>
      {GROUPS.map(({ group, title }) => {
        const list = fixes.filter((f) => f.group === group);
        if (list.length === 0) return null;
        const headingId = `memory-fixes-${group}`;
        return (
          <section key={group} className={classes.fixGroup} aria-labelledby={headingId}>
            <h3 id={headingId} className={classes.subTitle}>
              {t(title)}
            </h3>
            <ul className={classes.fixList}>
              {list.map((fix) => {
                const label = fixLabel(fix, t, processes);
                const effect = fillTemplate(t('Peak {before} → {after}: {verdict}'), {
                  before: formatBytes(fix.peakBefore),
                  after: formatBytes(fix.peakAfter),
                  verdict: t(VERDICT_TEXT[fix.verdictAfter]),
                });
                const time = fix.timeFactor === null ? '' : ` · ${fillTemplate(t('time × {factor}'), { factor: fix.timeFactor.toFixed(2) })}`;
                return (
                  <li key={fix.id} className={classes.fix}>
                    <div className={classes.fixText}>
                      <span className={classes.fixLabel}>{label}</span>
                      <span className={classes.fixEffect}>{`${effect}${time}`}</span>
                      <span className={classes.hint}>{t(WHY[fix.id])}</span>
                    </div>
                    <Button
                      size="compact-xs"
                      variant="light"
                      aria-label={`${t('Apply')}: ${label}`}
                      onClick={() =>
                        onApply(
                          fix,
                          fixLabel(fix, (k) => k, processes),
                          label,
                        )
                      }
                    >
                      {t('Apply')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </>
  );
}
