import { localStorageOrNull } from '@/web/shared/preferences/local-storage';
import { COLOR_SCHEME_KEY, LANGUAGE_KEY } from '@/web/shared/preferences/preference-keys';
import { TOLD_SCHEMA_KEY } from '@/web/features/share/storage-key';

/**
 * Resolves on the visitor's first sign of use (a pointer moving or pressing, a key, a focus), or at once when the
 * page opens on state that is not the default (saved work, a share link, the rule catalogue, Korean). Until then
 * React, the app, the checker, the emitters and the schedule worker stay unloaded: the prerendered form, Issues
 * and Code panels already show the default state, computed at build time.
 */
// A mouse moving over the page starts the load before its click, so the click finds the page live; a touch's tap
// is replayed once it is (pre-hydration-input.ts). Scrolling with a wheel is use too; reading is not.
const USE_EVENTS = ['pointerover', 'pointermove', 'pointerdown', 'wheel', 'keydown', 'focusin', 'touchstart'] as const;

// Stored keys that change no panel's content: the preferences (the pre-paint script applies the language to
// <html lang>) and the memory of a notice already told.
const PREFERENCE_KEYS = new Set([COLOR_SCHEME_KEY, LANGUAGE_KEY, TOLD_SCHEMA_KEY]);

let firstUse: Promise<void> | null = null;

function opensOnOtherState(): boolean {
  if (window.location.hash !== '' || window.location.search !== '') return true;
  if (document.documentElement.lang !== 'en') return true;
  const storage = localStorageOrNull();
  if (storage === null) return false;
  try {
    // Saved work (under any of this app's keys but the preferences) changes what the panels show.
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i) ?? '';
      if (key.startsWith('trainargs-studio') && !PREFERENCE_KEYS.has(key)) return true;
    }
  } catch {
    // Storage unavailable (private mode; even reading it may throw): nothing was saved, so the default state is what opens.
  }
  return false;
}

export function whenFirstUsed(): Promise<void> {
  firstUse ??= new Promise<void>((resolve) => {
    if (typeof window === 'undefined' || opensOnOtherState()) {
      resolve();
      return;
    }
    const open = () => {
      for (const type of USE_EVENTS) window.removeEventListener(type, open, true);
      resolve();
    };
    for (const type of USE_EVENTS) window.addEventListener(type, open, { capture: true, passive: true });
  });
  return firstUse;
}
