/** DOM id of a field's focusable input; widgets put it on their input, issue links look it up. */
export function fieldDomId(name: string): string {
  return `field-${name}`;
}

const bus = new EventTarget();
const EVENT = 'focus-field';

/** Asks the editor to reveal a field (opening its advanced fields if needed), scroll to it and focus it. */
export function requestFieldFocus(name: string): void {
  bus.dispatchEvent(new CustomEvent<string>(EVENT, { detail: name }));
}

export function onFieldFocusRequest(handler: (name: string) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<string>).detail);
  bus.addEventListener(EVENT, listener);
  return () => bus.removeEventListener(EVENT, listener);
}

/** Scrolls to the field's input and focuses it; for a radio group, its checked option. */
export function focusFieldElement(name: string): boolean {
  const element = document.getElementById(fieldDomId(name));
  if (!element) return false;
  const target = element.matches('input, textarea, select, button')
    ? element
    : (element.querySelector<HTMLElement>('input:checked, input, textarea, button') ?? element);
  const row = element.closest<HTMLElement>('[data-field-row]') ?? element;
  row.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus({ preventScroll: true });
  row.dataset.flash = 'true';
  window.setTimeout(() => delete row.dataset.flash, 1200);
  return true;
}
