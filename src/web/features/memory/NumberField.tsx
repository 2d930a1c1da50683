import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import classes from './memory.module.css';

interface NumberFieldProps {
  readonly label: string;
  /** The last valid value, or null for an optional field left empty. */
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  readonly whole?: boolean;
  /** An optional field: empty is valid and reported as null. */
  readonly optional?: boolean;
  readonly placeholder?: string;
  readonly onValid: (value: number | null) => void;
}

/** A number input that keeps what was typed and says why it is not accepted; only valid values leave it. */
export function NumberField({ label, value, min, max, whole = false, optional = false, placeholder, onValid }: NumberFieldProps) {
  const { t } = useLocale();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setText(value === null ? '' : String(value));
  }
  const problem = check(text, min, max, whole, optional);
  const messages = {
    empty: t('Enter a number'),
    'not-whole': t('Enter a whole number'),
    'too-small': fillTemplate(t('At least {min}'), { min }),
    'too-large': fillTemplate(t('At most {max}'), { max }),
  } as const;
  return (
    <TextInput
      size="xs"
      className={classes.field}
      label={label}
      value={text}
      placeholder={placeholder}
      inputMode={whole ? 'numeric' : 'decimal'}
      autoComplete="off"
      spellCheck={false}
      error={problem === null ? undefined : messages[problem]}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const issue = check(next, min, max, whole, optional);
        if (issue === null) {
          const parsed = next.trim() === '' ? null : Number(next.replace(/[,_\s]/g, ''));
          setShown(parsed);
          onValid(parsed);
        }
      }}
    />
  );
}

type Problem = 'empty' | 'not-whole' | 'too-small' | 'too-large';

function check(text: string, min: number, max: number, whole: boolean, optional: boolean): Problem | null {
  const cleaned = text.replace(/[,_\s]/g, '');
  if (cleaned === '') return optional ? null : 'empty';
  const n = Number(cleaned);
  if (!Number.isFinite(n)) return 'empty';
  if (whole && !Number.isInteger(n)) return 'not-whole';
  if (n < min) return 'too-small';
  if (n > max) return 'too-large';
  return null;
}
