import { BoolWidget } from './BoolWidget';
import { LazyDictWidget } from './LazyDictWidget';
import { EnumWidget } from './EnumWidget';
import { ListWidget } from './ListWidget';
import { NumberWidget } from './NumberWidget';
import { ObjectWidget } from './ObjectWidget';
import { StringWidget } from './StringWidget';
import type { WidgetMap } from './widget-props';

/** The widget for each kind of field: adding a field to the registry needs no form code. */
export const WIDGETS: WidgetMap = {
  int: NumberWidget,
  float: NumberWidget,
  bool: BoolWidget,
  string: StringWidget,
  enum: EnumWidget,
  list: ListWidget,
  dict: LazyDictWidget,
  object: ObjectWidget,
};
