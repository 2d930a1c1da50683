import { StrictMode } from 'react';
import { App } from './App';
import { Providers } from './providers';

/** The whole page, as the browser hydrates it and the build prerenders it. */
export function AppRoot() {
  return (
    <StrictMode>
      <Providers>
        <App />
      </Providers>
    </StrictMode>
  );
}
