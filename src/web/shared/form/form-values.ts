/**
 * What one form input holds. Numbers stay the text the user typed so `5e-5` or `5.0` survive exactly;
 * `undefined` means "not set" (the library default applies) and `null` an explicit Python `None`.
 */
export type RawValue = string | boolean | string[] | null | undefined;

/** The raw form values, keyed by exact Python field name; the only mutable state of the app. */
export type FormValues = Record<string, RawValue>;

/** Whether the user has given the field a value (an emptied input counts as not set). */
export function isSet(raw: RawValue): boolean {
  if (raw === undefined || raw === '') return false;
  if (Array.isArray(raw)) return raw.length > 0;
  return true;
}
