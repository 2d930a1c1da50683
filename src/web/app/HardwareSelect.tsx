import { Select } from '@mantine/core';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import { HARDWARE_LABELS, HARDWARE_PROFILES, isHardwareProfile } from '@/core/hardware/hardware-profile';
import { Icon } from '@/web/shared/ui/Icon';

interface HardwareSelectProps {
  readonly id: string;
  readonly value: HardwareProfile;
  readonly onChange: (value: HardwareProfile) => void;
}

const DATA = HARDWARE_PROFILES.map((p) => ({ value: p, label: HARDWARE_LABELS[p] }));

/** The machine the config is checked for: bf16, TF32 and the default optimizer depend on it. */
export function HardwareSelect({ id, value, onChange }: HardwareSelectProps) {
  return (
    <Select
      size="xs"
      w={300}
      id={id}
      data={DATA}
      value={value}
      allowDeselect={false}
      leftSection={<Icon name="cpu" size={15} />}
      comboboxProps={{ width: 300, position: 'bottom-end' }}
      onChange={(next) => {
        if (next && isHardwareProfile(next)) onChange(next);
      }}
    />
  );
}
