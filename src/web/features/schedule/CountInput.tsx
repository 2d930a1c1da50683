import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { formatCount } from './derived-numbers';
import type { CountProblem } from './parse-count';
import { parseCount } from './parse-count';
import classes from './schedule.module.css';

interface CountInputProps {
  readonly label: string;
  /** The last valid count: what drives the numbers while the text is being edited or is wrong. */
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly disabled?: boolean;
  readonly onValid: (value: number) => void;
}

/**
 * A whole-number input that keeps what was typed, shows why it is not accepted, and reports only
 * valid counts: a half-typed or wrong value never reaches the schedule.
 */
export function CountInput({ label, value, min, max, disabled, onValid }: CountInputProps) {
  const { t } = useLocale();
  const [text, setText] = useState(() => String(value));
  const [shown, setShown] = useState(value);
  // The value changed from outside (a shared link was opened): show it unless the text already says it.
  if (value !== shown) {
    setShown(value);
    const typed = parseCount(text, min, max);
    if (!typed.ok || typed.value !== value) setText(String(value));
  }
  const parsed = parseCount(text, min, max);
  const messages: Record<CountProblem, string> = {
    empty: t('Enter a number'),
    'not-whole': t('Enter a whole number'),
    'too-small': fillTemplate(t('At least {min}'), { min: formatCount(min) }),
    'too-large': fillTemplate(t('At most {max}'), { max: formatCount(max) }),
  };
  return (
    <TextInput
      size="xs"
      className={classes.countInput}
      label={label}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      disabled={disabled}
      error={!disabled && !parsed.ok ? messages[parsed.problem] : undefined}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const count = parseCount(next, min, max);
        if (count.ok) {
          setShown(count.value);
          onValid(count.value);
        }
      }}
    />
  );
}
