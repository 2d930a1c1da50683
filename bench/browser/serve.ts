// Serves a built site with `vite preview` (the same server the e2e suite uses) and records every path the
// browser asks for, so first-visit bytes are counted from what was really requested, workers included.
import { resolve } from 'node:path';
import type { PreviewServer } from 'vite';
import { preview } from 'vite';

export interface Site {
  readonly name: string;
  readonly url: string;
  /** The folder the built files are in. */
  readonly dist: string;
  /** Paths requested since the last `clearRequests()`, in order. */
  readonly requests: () => readonly string[];
  readonly clearRequests: () => void;
  readonly close: () => Promise<void>;
}

export async function serveSite(name: string, configFile: string, dist: string, port: number): Promise<Site> {
  const requested: string[] = [];
  const server: PreviewServer = await preview({
    configFile,
    root: resolve(dist, '..'),
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
    plugins: [
      {
        name: 'bench-request-log',
        configurePreviewServer(server) {
          server.middlewares.use((req, _res, next) => {
            if (req.url) requested.push(new URL(req.url, 'http://x').pathname);
            next();
          });
        },
      },
    ],
  });
  return {
    name,
    url: `http://127.0.0.1:${port}/`,
    dist,
    requests: () => [...requested],
    clearRequests: () => void requested.splice(0),
    close: () => server.close(),
  };
}
