import type { FormValues, RawValue } from '@/web/shared/form/form-values';

/** A preset the user saved: the form's raw values exactly as typed (`5e-5` stays `5e-5`). */
export interface UserPreset {
  readonly id: string;
  readonly name: string;
  readonly values: FormValues;
}

/** Where the user's presets live in this browser. */
export const PRESETS_KEY = 'trainargs-studio:presets';

/** Marks an exported presets file, so importing some other JSON file is refused with a reason. */
export const PRESETS_FILE_FORMAT = 'trainargs-studio-presets';
const FILE_VERSION = 1;

export type PresetStorage = Pick<Storage, 'getItem' | 'setItem'>;

function isRawValue(value: unknown): value is RawValue {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || (Array.isArray(value) && value.every((item) => typeof item === 'string'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A preset read from JSON; null when it is not one (a wrong name or value type). */
function readPreset(json: unknown, fallbackId: string): UserPreset | null {
  if (!isRecord(json) || typeof json.name !== 'string' || json.name.trim() === '' || !isRecord(json.values)) return null;
  const values: FormValues = {};
  for (const [name, value] of Object.entries(json.values)) {
    if (!isRawValue(value)) return null;
    values[name] = value;
  }
  const id = typeof json.id === 'string' && json.id !== '' ? json.id : fallbackId;
  return { id, name: json.name.trim(), values };
}

function readList(json: unknown): UserPreset[] {
  if (!Array.isArray(json)) return [];
  return json.flatMap((item, index) => readPreset(item, `imported-${index}`) ?? []);
}

/** The saved presets; an unreadable store gives none rather than an error (the app must still start). */
export function loadUserPresets(storage: PresetStorage | null): UserPreset[] {
  try {
    const text = storage?.getItem(PRESETS_KEY);
    return text ? readList(JSON.parse(text)) : [];
  } catch {
    return [];
  }
}

/** Stores the presets; false when the browser refused (full or blocked storage). */
export function storeUserPresets(storage: PresetStorage | null, presets: readonly UserPreset[]): boolean {
  try {
    if (!storage) return false;
    storage.setItem(PRESETS_KEY, JSON.stringify(presets));
    return true;
  } catch {
    return false;
  }
}

/** The text of an exported presets file. */
export function presetsFileText(presets: readonly UserPreset[]): string {
  return `${JSON.stringify({ format: PRESETS_FILE_FORMAT, version: FILE_VERSION, presets: presets.map(({ name, values }) => ({ name, values })) }, null, 2)}\n`;
}

export type PresetFileRead =
  { readonly ok: true; readonly presets: UserPreset[] } | { readonly ok: false; readonly reason: 'not-json' | 'not-presets' | 'empty' };

/** Reads an exported presets file; the presets get fresh ids from `newId` so they never clash with saved ones. */
export function readPresetsFile(text: string, newId: () => string): PresetFileRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!isRecord(json) || json.format !== PRESETS_FILE_FORMAT) return { ok: false, reason: 'not-presets' };
  const presets = readList(json.presets).map((preset) => ({ ...preset, id: newId() }));
  return presets.length === 0 ? { ok: false, reason: 'empty' } : { ok: true, presets };
}

/** A name not yet taken: `name`, else `name (2)`, `name (3)`… */
export function uniqueName(name: string, taken: readonly string[]): string {
  const base = name.trim();
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base} (${n})`;
    if (!taken.includes(candidate)) return candidate;
  }
}
