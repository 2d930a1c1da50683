// Build-time entry (bundled by `vite build --ssr`, run by scripts/prerender.ts): the first screen as HTML,
// so the header, the form and the default state's issues and code show before any JavaScript runs.
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { AppRoot } from './AppRoot';

/**
 * Two passes. The first (which waits for everything) loads every lazy part; in the second they are ready,
 * so every Suspense boundary comes out complete and in place, with none of the inline scripts that move
 * late content into place (the content security policy allows no such script).
 */
export async function renderFirstScreen(): Promise<string> {
  const { prelude } = await prerenderToNodeStream(<AppRoot />);
  for await (const chunk of prelude) void chunk;
  return renderToString(<AppRoot />);
}
