import type { FieldTexts, KoreanClassTexts } from './locale-types';

/**
 * The translated texts of `name` as `className` shows it, picked in the order the registry picks the English
 * (`asRegistryField`): the class's own wording, then the `TrainingArguments` field's, then the shared class-field text.
 * A help the class does not word falls back as the English does; a text with no translation is left out.
 * `base` is the `TrainingArguments` fields' translation (a table, or a lookup that follows the release).
 * @example classFieldTexts(KO.fields, KO_TRL, 'GRPOConfig', 'beta').summary // the GRPO wording, in Korean
 */
export function classFieldTexts(
  base: Readonly<Record<string, FieldTexts>> | ((name: string) => FieldTexts | undefined),
  classTexts: KoreanClassTexts,
  className: string,
  name: string,
): Partial<FieldTexts> {
  const own = classTexts.classes[className]?.[name];
  const inherited = (typeof base === 'function' ? base(name) : base[name]) ?? classTexts.fields[name];
  const summary = own?.summary ?? inherited?.summary;
  const help = own?.help ?? inherited?.help ?? summary;
  const deprecated = own?.deprecated ?? inherited?.deprecated;
  return {
    ...(summary !== undefined ? { summary } : {}),
    ...(help !== undefined ? { help } : {}),
    ...(deprecated !== undefined ? { deprecated } : {}),
  };
}
