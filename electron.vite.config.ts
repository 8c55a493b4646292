import { defineConfig } from 'electron-vite';
import mainOnly from './vite.main.config';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig({
  main: mainOnly.main,
  preload: {
    // A sandboxed preload cannot require node_modules: bundle everything but electron.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      lib: { entry: 'src-main/shells/electron/preload.ts' },
      rollupOptions: { external: ['electron'], output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, rollupOptions: { input: 'src-renderer/index.html' } },
  },
});
