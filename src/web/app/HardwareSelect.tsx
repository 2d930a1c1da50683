import { Select } from '@mantine/core';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import { HARDWARE_LABELS, HARDWARE_PROFILES, isHardwareProfile } from '@/core/hardware/hardware-profile';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';

interface HardwareSelectProps {
  readonly id: string;
  readonly value: HardwareProfile;
  readonly onChange: (value: HardwareProfile) => void;
}

/** The machine the config is checked for: bf16, TF32 and the default optimizer depend on it. */
export function HardwareSelect({ id, value, onChange }: HardwareSelectProps) {
  const { text } = useLocale();
  // The profile names are UI strings too: the catalogue translates them (a test keeps them in it).
  const data = HARDWARE_PROFILES.map((p) => ({ value: p, label: text(HARDWARE_LABELS[p]) }));
  return (
    <Select
      size="xs"
      id={id}
      data={data}
      value={value}
      allowDeselect={false}
      leftSection={<Icon name="cpu" size={15} />}
      comboboxProps={{ width: 'target', position: 'bottom-end' }}
      styles={{ root: { flex: '1 1 220px', minWidth: 0, maxWidth: 300 } }}
      onChange={(next) => {
        if (next && isHardwareProfile(next)) onChange(next);
      }}
    />
  );
}
