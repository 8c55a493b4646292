import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';

/** The back office: a second renderer entry, served by the center server under /office/. */
export default {
  root: fileURLToPath(new URL('./src-renderer/office', import.meta.url)),
  base: '/office/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./out/office', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
  },
} satisfies UserConfig;
