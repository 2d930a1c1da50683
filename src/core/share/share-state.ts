import type { HardwareProfile } from '../hardware/hardware-profile';
import { DEFAULT_HARDWARE, isHardwareProfile } from '../hardware/hardware-profile';
import { classFieldsFor, isClassOnTarget } from '../config-class/class-registry';
import { DEFAULT_CONFIG_CLASS } from '../config-class/classes';
import type { FieldDef } from '../registry/define-field';
import { bandSpec, bandOfTarget, DEFAULT_TARGET, isTarget, releaseTarget, type Target } from '../target/target';
import type { RunContext } from '../schedule/run-context';
import { checkRunContext, DEFAULT_RUN_CONTEXT } from '../schedule/run-context';
import { secretEnvVar } from '../secrets/secret-fields';

/**
 * What a form input holds, as stored: number fields keep the text the user typed (`5e-5`), `null`
 * is an explicit Python `None`. Unset fields are simply absent.
 */
export type SharedValue = string | boolean | readonly string[] | null;

/** Everything that is saved and shared: the release and config class, the raw form values, the hardware profile and the run context. */
export interface SharedState {
  /** The transformers release the user runs, as picked (`"5.18"`); links made before it existed open on the default. */
  readonly release: string;
  /** What `release` maps to (its band, or the release itself when it has no exact code); derived, never stored. */
  readonly target: Target;
  /** The config class the form builds (`SFTConfig`); older links build TrainingArguments. */
  readonly configClass: string;
  readonly values: Readonly<Record<string, SharedValue>>;
  readonly hardware: HardwareProfile;
  readonly run: RunContext;
}

/** The state of a fresh visit. */
/** The release a fresh visit starts on: the newest of the default band. */
export const DEFAULT_RELEASE = bandSpec(bandOfTarget(DEFAULT_TARGET)).last;

export const EMPTY_SHARED_STATE: SharedState = {
  release: DEFAULT_RELEASE,
  target: DEFAULT_TARGET,
  configClass: DEFAULT_CONFIG_CLASS,
  values: {},
  hardware: DEFAULT_HARDWARE,
  run: DEFAULT_RUN_CONTEXT,
};

/** Bumped when the stored shape changes incompatibly; a reader accepts only versions it knows. */
export const SHARE_FORMAT_VERSION = 1;

/** Why a part of a stored state was left out. */
export type DropReason = 'unknown-key' | 'unknown-field' | 'bad-value' | 'unknown-hardware' | 'bad-run-context' | 'unknown-target' | 'unknown-class' | 'secret';

/** One thing the reader left out, named by its path (`values.learning_rate`, `hardware`, `run.nodes`). */
export interface Dropped {
  readonly path: string;
  readonly reason: DropReason;
}

/** Why a stored state could not be read at all. */
export type UnreadableReason = 'not-an-object' | 'unsupported-version' | 'not-json' | 'bad-encoding' | 'no-decompression' | 'too-large';

export type ReadState =
  | {
      readonly ok: true;
      readonly state: SharedState;
      readonly dropped: readonly Dropped[];
      /** Written in an older shape of the format and read through `upgradeOlderShape` (so a reader can say so). */
      readonly upgraded: boolean;
    }
  | { readonly ok: false; readonly reason: UnreadableReason };

type Json = unknown;

type StoredKey = Exclude<keyof SharedState, 'target'>;

interface Part<K extends StoredKey> {
  readonly key: K;
  write(state: SharedState): Json;
  /** The part read back, falling back to the empty state's part for whatever is dropped; `before` holds the parts read already. */
  read(json: Json, dropped: Dropped[], before: Partial<SharedState>): SharedState[K];
}

function part<K extends StoredKey>(p: Part<K>): Part<K> {
  return p;
}

/**
 * The one table that both writes and reads the stored state (as start.spring.io does for its links),
 * so the two directions cannot drift apart.
 */
const PARTS = [
  // The release and class first: which values are fields depends on them.
  part({
    key: 'release',
    write: ({ release }) => release,
    read: (json, dropped) => {
      if (typeof json === 'string' && releaseTarget(json) !== undefined) return json;
      dropped.push({ path: 'release', reason: 'unknown-target' });
      return EMPTY_SHARED_STATE.release;
    },
  }),
  part({
    key: 'configClass',
    write: ({ configClass }) => configClass,
    read: (json, dropped, before) => {
      if (typeof json === 'string' && isClassOnTarget(json, targetOf(before.release))) return json;
      dropped.push({ path: 'configClass', reason: 'unknown-class' });
      return EMPTY_SHARED_STATE.configClass;
    },
  }),
  part({
    key: 'values',
    // A token never leaves the page: links are pasted into chats and saved state sits on shared machines.
    write: ({ values }) => Object.fromEntries(Object.entries(values).filter(([name, value]) => value !== undefined && secretEnvVar(name) === undefined)),
    read: (json, dropped, before) => readValues(json, dropped, targetOf(before.release), before.configClass ?? EMPTY_SHARED_STATE.configClass),
  }),
  part({
    key: 'hardware',
    write: ({ hardware }) => hardware,
    read: (json, dropped) => {
      if (typeof json === 'string' && isHardwareProfile(json)) return json;
      dropped.push({ path: 'hardware', reason: 'unknown-hardware' });
      return EMPTY_SHARED_STATE.hardware;
    },
  }),
  part({
    key: 'run',
    write: ({ run }) => ({ examples: run.examples, devicesPerNode: run.devicesPerNode, nodes: run.nodes }),
    read: (json, dropped) => readRun(json, dropped),
  }),
] as const;

const KNOWN_KEYS = new Set<string>(['v', ...PARTS.map((p) => p.key)]);

/**
 * The state as a versioned JSON-ready object; unset (`undefined`) values and tokens (`hub_token`) are left out.
 * @example writeSharedState({ values: { learning_rate: '3e-5' }, hardware: 'cpu', run: DEFAULT_RUN_CONTEXT })
 * // { v: 1, values: { learning_rate: '3e-5' }, hardware: 'cpu', run: { examples: 10000, devicesPerNode: 1, nodes: 1 } }
 */
export function writeSharedState(state: SharedState): Record<string, Json> {
  return { v: SHARE_FORMAT_VERSION, ...Object.fromEntries(PARTS.map((p) => [p.key, p.write(state)])) };
}

/**
 * Reads a stored state tolerantly: whatever is unknown or malformed is left out and listed, the rest
 * is kept. Only a value that is not a state object at all, or a newer format, is unreadable. An older shape of
 * the format is upgraded first (`upgraded`).
 * @example readSharedState({ v: 1, values: { learning_rate: '3e-5', lerning_rate: '1' }, hardware: 'tpu' })
 * // ok; state.values { learning_rate: '3e-5' }, state.hardware 'cuda-ampere',
 * // dropped [{ path: 'hardware', reason: 'unknown-hardware' }, { path: 'values.lerning_rate', reason: 'unknown-field' }]
 */
export function readSharedState(json: Json): ReadState {
  if (!isRecord(json)) return { ok: false, reason: 'not-an-object' };
  if (json.v !== SHARE_FORMAT_VERSION) return { ok: false, reason: 'unsupported-version' };
  const upgraded = upgradeOlderShape(json);
  const stored = upgraded ?? json;
  const dropped: Dropped[] = [];
  for (const key of Object.keys(stored)) if (!KNOWN_KEYS.has(key)) dropped.push({ path: key, reason: 'unknown-key' });
  // A missing part is simply empty (an older writer may not have had it); only malformed ones are reported.
  const state: Partial<Record<keyof SharedState, unknown>> = {};
  for (const p of PARTS) state[p.key] = p.key in stored ? p.read(stored[p.key], dropped, state as Partial<SharedState>) : EMPTY_SHARED_STATE[p.key];
  state.target = targetOf(state.release as string);
  dropped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, state: state as SharedState, dropped, upgraded: upgraded !== null };
}

/**
 * Format 1 as written before the release was stored (until the version menu listed releases): a `target`
 * (a band id such as `"5.2-5.5"`, `"v5"`/`"v4"`, or a release between bands) where `release` is now. Read as
 * the newest release of that target, so the work opens on the code it was checked against, not on the
 * default; null when the object is in today's shape.
 * @example upgradeOlderShape({ v: 1, target: '5.2-5.5', values: {} }) // { v: 1, release: '5.5', values: {} }
 */
function upgradeOlderShape(json: Record<string, unknown>): Record<string, unknown> | null {
  // That shape only ever held target ids (and the `v5`/`v4` names before them), never a free release text.
  if ('release' in json || typeof json.target !== 'string' || !(isTarget(json.target) || /^v[45]$/.test(json.target))) return null;
  const found = releaseTarget(json.target);
  if (found === undefined) return null;
  const rest: Record<string, unknown> = { ...json };
  delete rest.target;
  return { ...rest, release: found.target === found.band ? bandSpec(found.band).last : found.target };
}

/** The target a stored release maps to (the default's for a missing or unknown one). */
function targetOf(release: string | undefined): Target {
  return (release === undefined ? undefined : releaseTarget(release)?.target) ?? EMPTY_SHARED_STATE.target;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readValues(json: Json, dropped: Dropped[], target: Target, configClass: string): Record<string, SharedValue> {
  const fields = new Map(classFieldsFor(target, configClass).map((f) => [f.name, f]));
  const values: Record<string, SharedValue> = {};
  if (!isRecord(json)) {
    dropped.push({ path: 'values', reason: 'bad-value' });
    return values;
  }
  for (const [name, value] of Object.entries(json)) {
    const field = fields.get(name);
    if (!field) dropped.push({ path: `values.${name}`, reason: 'unknown-field' });
    else if (secretEnvVar(name) !== undefined) dropped.push({ path: `values.${name}`, reason: 'secret' });
    else if (fitsField(field, value)) values[name] = value;
    else dropped.push({ path: `values.${name}`, reason: 'bad-value' });
  }
  return values;
}

/** Whether a stored value has the shape the field's input holds (what the form itself would have saved). */
function fitsField(field: FieldDef, value: unknown): value is SharedValue {
  if (value === null) return true;
  switch (field.kind) {
    case 'bool':
      return typeof value === 'boolean';
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'object':
      return false;
    default:
      return typeof value === 'string';
  }
}

function readRun(json: Json, dropped: Dropped[]): RunContext {
  if (!isRecord(json)) {
    dropped.push({ path: 'run', reason: 'bad-run-context' });
    return EMPTY_SHARED_STATE.run;
  }
  const fallback = EMPTY_SHARED_STATE.run;
  const pick = <K extends keyof RunContext>(key: K): RunContext[K] => {
    if (!(key in json)) return fallback[key];
    const candidate = { ...fallback, [key]: json[key] } as RunContext;
    if (checkRunContext(candidate).ok) return candidate[key];
    dropped.push({ path: `run.${key}`, reason: 'bad-run-context' });
    return fallback[key];
  };
  return { examples: pick('examples'), devicesPerNode: pick('devicesPerNode'), nodes: pick('nodes') };
}
