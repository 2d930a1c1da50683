import { hasSavedState, loadPersistence } from '@/web/features/share/persistence-loader';
import { whenFirstUsed } from './first-use';
import { holdInputUntilLive } from './pre-hydration-input';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

const start = () => import('./start');

function reportLoadFailure(error: unknown) {
  // The prerendered page stays readable; a reload fetches the code again.
  console.error('TrainArgs Studio could not load its code; reload the page to try again.', error);
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
