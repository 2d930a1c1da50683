import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hasSavedState, loadPersistence } from '@/web/features/share/persistence-loader';
import { App } from './App';
import { Providers } from './providers';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const container = root;

function render() {
  createRoot(container).render(
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>,
  );
}

// A returning visitor's work is put back before the first paint rather than popping in after it: the
// reader is a small chunk, cached since the last visit. A first visit renders at once.
if (hasSavedState()) void loadPersistence().then(render, render);
else render();
