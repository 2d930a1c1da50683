/**
 * The page marks its stages on `<html>`: `data-hydrated` once the form is live (App), `data-panels` once the
 * side column is (DerivedPanels). Code that must wait for one (a held-back tap, the service worker) waits here.
 */
export type PageMark = 'data-hydrated' | 'data-panels';

/** Marks the stage reached (idempotent). */
export function markPage(mark: PageMark): void {
  document.documentElement.setAttribute(mark, '');
}

export function isPageMarked(mark: PageMark): boolean {
  return document.documentElement.hasAttribute(mark);
}

/** Resolves once `<html>` carries the mark (at once if it does already). */
export function whenPageMarked(mark: PageMark): Promise<void> {
  const html = document.documentElement;
  return new Promise((resolve) => {
    if (html.hasAttribute(mark)) {
      resolve();
      return;
    }
    const observer = new MutationObserver(() => {
      if (!html.hasAttribute(mark)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(html, { attributes: true, attributeFilter: [mark] });
  });
}
