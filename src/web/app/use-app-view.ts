import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { onFieldFocusRequest, requestFieldFocus } from '@/web/shared/focus/field-focus';
import type { AppView } from './app-view';
import { RULES_HASH, viewFromHash } from './app-view';

// pushState fires no event, so leaving the catalogue notifies through this.
const navigation = new EventTarget();

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener('popstate', onChange);
  navigation.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('popstate', onChange);
    navigation.removeEventListener('change', onChange);
  };
}

const currentView = (): AppView => viewFromHash(window.location.hash);
const serverView = (): AppView => 'editor';

export interface AppViewState {
  readonly view: AppView;
  readonly showRules: () => void;
  readonly showEditor: () => void;
  /** Back to the editor with a field revealed and focused. */
  readonly openField: (name: string) => void;
}

/**
 * The current view, kept in the URL hash so `#rules` can be linked and the browser's Back button
 * works. The editor stays mounted behind the catalogue (the form keeps its state and scroll position).
 */
export function useAppView(): AppViewState {
  const view = useSyncExternalStore(subscribe, currentView, serverView);
  const pendingField = useRef<string | undefined>(undefined);
  const editorScroll = useRef(0);
  // The view the page was scrolled for: none at first, when the page keeps where the visitor scrolled it before it came alive.
  const scrolledFor = useRef<AppView | null>(null);

  const showRules = useCallback(() => {
    if (currentView() === 'rules') return;
    window.location.hash = RULES_HASH;
  }, []);

  const showEditor = useCallback(() => {
    if (currentView() === 'editor') return;
    window.history.pushState(window.history.state, '', `${window.location.pathname}${window.location.search}`);
    navigation.dispatchEvent(new Event('change'));
  }, []);

  const openField = useCallback(
    (name: string) => {
      pendingField.current = name;
      showEditor();
    },
    [showEditor],
  );

  useEffect(() => {
    if (view !== 'editor') return;
    // Remembered continuously, so the Back button (not only the header link) returns to the same place.
    const save = () => {
      if (currentView() === 'editor') editorScroll.current = window.scrollY;
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => window.removeEventListener('scroll', save);
  }, [view]);

  useLayoutEffect(() => {
    const first = scrolledFor.current === null;
    scrolledFor.current = view;
    if (first && view === 'editor') return;
    window.scrollTo(0, view === 'rules' ? 0 : editorScroll.current);
  }, [view]);

  useEffect(() => {
    const name = pendingField.current;
    if (view !== 'editor' || name === undefined) return;
    pendingField.current = undefined;
    requestFieldFocus(name);
  }, [view]);

  // "Jump to field" in the header works from the catalogue too.
  useEffect(() => (view === 'rules' ? onFieldFocusRequest(openField) : undefined), [view, openField]);

  return { view, showRules, showEditor, openField };
}
