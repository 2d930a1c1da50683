/**
 * The browser's localStorage, or `null` where it cannot be used. In private modes and with storage turned
 * off, merely reading `window.localStorage` throws (a SecurityError), so no caller may touch it directly.
 */
export function localStorageOrNull(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
