import { Badge } from '@mantine/core';
import type { Provenance } from '@/core/resolve/provenance';
import { useLocale } from '@/web/shared/i18n/use-locale';
import type { UiKey } from '@/web/shared/i18n/ui-text';

const STYLE: Record<Provenance, { color: string; label: UiKey; variant: 'light' | 'filled' }> = {
  user: { color: 'indigo', label: 'you', variant: 'filled' },
  derived: { color: 'grape', label: 'derived', variant: 'light' },
  default: { color: 'gray', label: 'default', variant: 'light' },
};

interface ProvenanceBadgeProps {
  readonly provenance: Provenance;
}

/** Why a value is what it is: typed by you, the library default, or derived from other values. */
export function ProvenanceBadge({ provenance }: ProvenanceBadgeProps) {
  const { t } = useLocale();
  const style = STYLE[provenance];
  return (
    <Badge size="xs" radius="sm" tt="none" variant={style.variant} color={style.color} style={{ flex: 'none' }}>
      {t(style.label)}
    </Badge>
  );
}
