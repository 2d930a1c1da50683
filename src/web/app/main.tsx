import { hasSavedState, loadPersistence } from '@/web/features/share/persistence-loader';
import { whenFirstUsed } from './first-use';
import { holdInputUntilLive } from './pre-hydration-input';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

const start = () => import('./start');

// In both languages of the pre-paint script's <html lang>: the catalogues are in the code that failed to load.
const LOAD_FAILED = {
  en: 'The page could not load its code (the network may be down). It stays readable; reload to use it.',
  ko: '페이지 코드를 불러오지 못했습니다(네트워크가 끊겼을 수 있습니다). 내용은 그대로 읽을 수 있으니, 사용하려면 새로 고침하세요.',
};

/** The prerendered page stays readable; a notice says why it does not respond and what to do. */
function reportLoadFailure() {
  const notice = document.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.className = 'load-failed';
  notice.textContent = document.documentElement.lang === 'ko' ? LOAD_FAILED.ko : LOAD_FAILED.en;
  document.body.prepend(notice);
}

if (container.firstElementChild) {
  // The build prerendered the first screen into #root: it is readable and scrollable as HTML, and React with
  // the app loads on the first sign of use (a pointer moving over the page, a touch, a key, a focus), or at
  // once when the page opens on other state (saved work, a link, Korean). A tap or text typed before the
  // page is live is held back and the tap replayed once it is (see pre-hydration-input.ts).
  holdInputUntilLive();
  void whenFirstUsed()
    .then(start)
    .then((app) => app.hydrate(container), reportLoadFailure);
} else if (hasSavedState()) {
  // The dev server serves an empty #root: a returning visitor's work is put back before the first paint
  // rather than popping in after it (the reader is a small chunk, cached since the last visit).
  void Promise.all([start(), loadPersistence().catch(() => null)]).then(([app]) => app.render(container), reportLoadFailure);
} else {
  void start().then((app) => app.render(container), reportLoadFailure);
}
