import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      // The watchdog thread is its own file: a worker needs a script of its own to run. It is
      // .mjs because it is unpacked from app.asar (electron-builder.yml), away from package.json.
      lib: {
        entry: {
          main: 'src-main/shells/electron/main.ts',
          'watchdog-thread': 'src-main/shells/electron/watchdog-thread.ts',
        },
      },
      rollupOptions: {
        output: { entryFileNames: (chunk) => (chunk.name === 'watchdog-thread' ? '[name].mjs' : '[name].js') },
      },
    },
  },
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
