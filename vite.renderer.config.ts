import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/** The renderer build, shared by the Electron build and the web shell (both load out/renderer). */
export const rendererConfig: UserConfig = {
  root: fileURLToPath(new URL('./src-renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 800,
    // The hall host's pages (docs/hall.md) are entries of their own beside the kiosk.
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./src-renderer/index.html', import.meta.url)),
        counter: fileURLToPath(new URL('./src-renderer/counter.html', import.meta.url)),
        display: fileURLToPath(new URL('./src-renderer/display.html', import.meta.url)),
      },
    },
  },
};

export default rendererConfig;
