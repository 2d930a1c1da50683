import type { ComponentType, ReactNode } from 'react';
import type { FieldKind } from '@/core/registry/define-field';
import type { SectionedField } from '@/core/registry/registry';
import type { RawValue } from '@/web/shared/form/form-values';

export interface WidgetProps {
  readonly field: SectionedField;
  /** DOM id of the focusable input; the row's `<label>` points at it. */
  readonly id: string;
  /** Id of the row's label, for widgets that are groups rather than one input. */
  readonly labelId: string;
  /** The one-line summary, shown above the input and linked to it as its description. */
  readonly description: string;
  readonly descriptionId: string;
  readonly value: RawValue;
  readonly onChange: (value: RawValue) => void;
  readonly onBlur: () => void;
  /** Error-severity messages, shown as the input's error. */
  readonly error: ReactNode | undefined;
}

export type Widget = ComponentType<WidgetProps>;
export type WidgetMap = Readonly<Record<FieldKind, Widget>>;
