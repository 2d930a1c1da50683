import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Builds the bare page into bench/bare/dist (ignored by git); `npm run bench` does this itself. */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [react()],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
