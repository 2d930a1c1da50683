/**
 * localStorage keys of the display preferences. The pre-paint script in index.html reads the same keys to
 * set `data-mantine-color-scheme` and `lang` on <html> before the first paint, so they must not change.
 */
export const COLOR_SCHEME_KEY = 'trainargs-studio:color-scheme';
export const LANGUAGE_KEY = 'trainargs-studio:language';
