import { fromBase64Url, toBase64Url } from './base64url';
import type { ReadState, SharedState } from './share-state';
import { readSharedState, writeSharedState } from './share-state';

/** The URL fragment parameter that carries a shared state: `#s=<token>`. */
export const SHARE_HASH_PARAM = 's';

/**
 * The longest share link the app creates. Chat apps, issue trackers and some browsers cut or refuse
 * longer URLs, and a cut link opens as nothing; past this length the app offers a file instead.
 */
export const MAX_LINK_CHARS = 8000;

/**
 * The longest token read from a link, and the most bytes it may unpack to: far above what the app
 * writes, low enough that a hostile link (a deflate bomb) cannot stall the page.
 */
export const MAX_TOKEN_CHARS = 65_536;
export const MAX_STATE_BYTES = 1_048_576;

/** First character of a token: how the JSON after it is packed. */
const DEFLATED = 'z';
const PLAIN = 'j';

export interface EncodeOptions {
  /** Deflate the JSON (the default where `CompressionStream` exists); plain base64url otherwise. */
  readonly compress?: boolean;
}

/** Whether this runtime can deflate (browsers since 2023, Node 18+).
 * @example canCompress() // true in current browsers and Node
 */
export function canCompress(): boolean {
  return typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';
}

/**
 * Packs a state into a URL-safe token: `z` + base64url of the deflated JSON, or `j` + base64url of the
 * JSON where deflate is unavailable. The same versioned JSON as the saved state.
 * @example await encodeShareToken(EMPTY_SHARED_STATE, { compress: false }) // 'jeyJ2IjoxLCJ2YWx1ZXMiOnt9…'
 */
export async function encodeShareToken(state: SharedState, options: EncodeOptions = {}): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(writeSharedState(state)));
  if (options.compress ?? canCompress()) {
    // Without a limit the stream always gives its bytes back.
    const packed = await pipe(bytes, new CompressionStream('deflate-raw'));
    if (packed !== null) return DEFLATED + toBase64Url(packed);
  }
  return PLAIN + toBase64Url(bytes);
}

/**
 * Unpacks a token tolerantly: the state with what was dropped, or why nothing could be read.
 * Never throws.
 * @example (await decodeShareToken(await encodeShareToken(state))).ok // true
 */
export async function decodeShareToken(token: string): Promise<ReadState> {
  if (token.length > MAX_TOKEN_CHARS) return { ok: false, reason: 'too-large' };
  const bytes = fromBase64Url(token.slice(1));
  if (bytes === null) return { ok: false, reason: 'bad-encoding' };
  let json: Uint8Array;
  if (token.startsWith(PLAIN)) json = bytes;
  else if (token.startsWith(DEFLATED)) {
    if (!canCompress()) return { ok: false, reason: 'no-decompression' };
    let unpacked: Uint8Array | null;
    try {
      unpacked = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_STATE_BYTES);
    } catch {
      return { ok: false, reason: 'bad-encoding' };
    }
    if (unpacked === null) return { ok: false, reason: 'too-large' };
    json = unpacked;
  } else return { ok: false, reason: 'bad-encoding' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return { ok: false, reason: 'bad-encoding' };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  return readSharedState(parsed);
}

/**
 * The token in a URL fragment (`#s=…`, among other `&`-separated parameters), or `null` without one.
 * @example tokenFromHash('#s=jeyJ2IjoxfQ') // 'jeyJ2IjoxfQ'
 */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get(SHARE_HASH_PARAM);
  return token === null || token === '' ? null : token;
}

/**
 * A page URL whose fragment carries the token (any earlier fragment is replaced).
 * @example shareUrl('https://x.dev/app?a=1#old', 'jeyJ2IjoxfQ') // 'https://x.dev/app?a=1#s=jeyJ2IjoxfQ'
 */
export function shareUrl(pageUrl: string, token: string): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}#${SHARE_HASH_PARAM}=${token}`;
}

/**
 * The bytes through a (de)compression stream, or `null` once the output passes `limit` bytes (the rest
 * is not read).
 */
async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array | null> {
  const writer = transform.writable.getWriter();
  // Written without awaiting: the readable side has to be drained at the same time or large inputs
  // stall. A corrupt input fails both sides; the reading side reports it, so the writing side's failure is dropped.
  const written = writer
    .write(bytes as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const chunks: Uint8Array[] = [];
  const reader = transform.readable.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  await written;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
