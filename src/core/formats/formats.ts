/**
 * Every text format the product reads or writes, in one table: the app's code tabs, the import
 * dialog and the CLI (`--to`, `--from`, file extensions) all read it.
 * - `emitter`: which generated text the format is (null when it is only read)
 * - `importer`: which reader takes it back in (null when it is only written)
 */
export type FormatId = 'python' | 'cli' | 'json' | 'yaml' | 'launch' | 'deepspeed' | 'accelerate';
export type ImporterId = 'python' | 'cli' | 'json' | 'yaml';
export type Syntax = 'python' | 'shell' | 'json' | 'yaml';

export interface FormatSpec {
  readonly id: FormatId;
  /** English label; the app translates it through its UI text table. */
  readonly label: string;
  /** File extensions, first one used when saving. */
  readonly extensions: readonly string[];
  /** How the text is highlighted. */
  readonly syntax: Syntax;
  readonly emitter: FormatId | null;
  readonly importer: ImporterId | null;
  /** Shown as a code tab in the app. */
  readonly tab: boolean;
}

export const FORMATS: readonly FormatSpec[] = [
  { id: 'python', label: 'Python', extensions: ['py'], syntax: 'python', emitter: 'python', importer: 'python', tab: true },
  { id: 'cli', label: 'CLI flags', extensions: ['sh', 'bash', 'txt'], syntax: 'shell', emitter: 'cli', importer: 'cli', tab: true },
  { id: 'json', label: 'JSON', extensions: ['json'], syntax: 'json', emitter: 'json', importer: 'json', tab: true },
  { id: 'yaml', label: 'YAML', extensions: ['yaml', 'yml'], syntax: 'yaml', emitter: 'yaml', importer: 'yaml', tab: true },
  { id: 'launch', label: 'Launch', extensions: ['sh'], syntax: 'shell', emitter: 'launch', importer: 'cli', tab: true },
  { id: 'deepspeed', label: 'DeepSpeed config', extensions: ['json'], syntax: 'json', emitter: 'deepspeed', importer: null, tab: false },
  { id: 'accelerate', label: 'accelerate config', extensions: ['yaml'], syntax: 'yaml', emitter: 'accelerate', importer: null, tab: false },
];

/** The formats a user can paste or open, one per importer. */
export const IMPORT_FORMATS: readonly FormatSpec[] = FORMATS.filter((f) => f.importer !== null && f.importer === f.id);

/**
 * The format called `id`, or undefined.
 * @example formatSpec('yaml')?.extensions // ['yaml', 'yml']
 */
export function formatSpec(id: string): FormatSpec | undefined {
  return FORMATS.find((f) => f.id === id);
}

export function isImporterId(value: string): value is ImporterId {
  return IMPORT_FORMATS.some((f) => f.id === value);
}

/**
 * The importer a file name's extension selects, or undefined.
 * @example importerForFile('recipe.YML') // 'yaml'
 */
export function importerForFile(fileName: string): ImporterId | undefined {
  const extension = fileName.toLowerCase().match(/\.(\w+)$/)?.[1];
  if (extension === undefined) return undefined;
  return IMPORT_FORMATS.find((f) => f.extensions.includes(extension))?.importer ?? undefined;
}
