import { isPageMarked, whenPageMarked } from './page-marks';

/**
 * Until the app is live (App marks `<html data-hydrated>`), the prerendered page only looks like the form:
 * global.css holds back pointer input, as hydration would undo its effect. A first tap on a phone both starts
 * the load (first-use.ts) and lands before it is done, so it is remembered and replayed once the page is live,
 * rather than lost. Text typed into a prerendered field in that moment is held back: React would keep it on
 * screen while the form's value stayed empty.
 */

/** A click replayed later than this after it happened would surprise more than help. */
const REPLAY_WITHIN_MS = 5_000;

const ACTIONABLE = 'button, a[href], input, select, textarea, label, [role="button"], [role="switch"], [role="tab"], [role="combobox"], [role="checkbox"]';
const TYPED_INTO = 'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]), textarea';

interface HeldClick {
  /** The element a keyboard click (Enter, Space) was aimed at; a pointer's is found again by its point. */
  readonly target: Element | null;
  readonly x: number;
  readonly y: number;
  readonly at: number;
}

const isLive = () => isPageMarked('data-hydrated');

function replay(click: HeldClick): void {
  if (performance.now() - click.at > REPLAY_WITHIN_MS) return;
  const hit = click.target?.isConnected ? click.target : document.elementFromPoint(click.x, click.y);
  const control = hit?.closest(ACTIONABLE);
  if (!(control instanceof HTMLElement)) return;
  if (control.matches(TYPED_INTO)) control.focus();
  control.click();
}

export function holdInputUntilLive(): void {
  if (isLive()) return;
  let held: HeldClick | null = null;
  const onClick = (event: MouseEvent) => {
    if (isLive()) return;
    // Not done now (a checkbox would toggle where React cannot see it): done once, when it is replayed.
    event.preventDefault();
    // A keyboard's click has no pointer (detail 0) and reaches its element; a pointer's reaches only <html>.
    held = { target: event.detail === 0 ? (event.target as Element | null) : null, x: event.clientX, y: event.clientY, at: performance.now() };
  };
  const onBeforeInput = (event: Event) => {
    if (!isLive()) event.preventDefault();
  };
  window.addEventListener('click', onClick, true);
  window.addEventListener('beforeinput', onBeforeInput, true);
  void whenPageMarked('data-hydrated').then(() => {
    window.removeEventListener('click', onClick, true);
    window.removeEventListener('beforeinput', onBeforeInput, true);
    // After the commit that marked the page live, so the control's handlers are attached.
    if (held !== null) {
      const click = held;
      requestAnimationFrame(() => replay(click));
    }
  });
}
