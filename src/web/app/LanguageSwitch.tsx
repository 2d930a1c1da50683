import { SegmentedControl } from '@mantine/core';
import type { Language } from '@/web/shared/i18n/locale-texts';
import { useLocale } from '@/web/shared/i18n/use-locale';

interface LanguageSwitchProps {
  readonly value: Language;
  readonly loading: boolean;
  readonly onChange: (value: Language) => void;
}

export function LanguageSwitch({ value, loading, onChange }: LanguageSwitchProps) {
  const { t } = useLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('Language')}
      value={value}
      disabled={loading}
      onChange={(next) => onChange(next === 'ko' ? 'ko' : 'en')}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'ko', label: '한국어' },
      ]}
    />
  );
}
