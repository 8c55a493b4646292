import { defineConfig } from 'electron-vite';

/**
 * The Node side, built to JavaScript in out/main: the Electron main process and its watchdog
 * thread, the technician CLI (`kiosk.js`) and the web shell (`web-shell.js`). Every command the
 * CLI registers in src-main/cli/program.ts comes with it, since the CLI is bundled from its entry.
 * The packaged kiosk runs the CLI in its own Electron binary (`--kiosk-cli`, see
 * docs/deployment.md); a machine with Node 22 may also run `node out/main/kiosk.js`.
 *
 * On its own (`npm run build:main`, and the packaging test) it builds just this part; the
 * full build (electron.vite.config.ts) adds preload and renderer.
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      lib: {
        entry: {
          main: 'src-main/shells/electron/main.ts',
          // The watchdog thread is its own file: a worker needs a script of its own to run. It is
          // .mjs because it is unpacked from app.asar (electron-builder.yml), away from package.json.
          'watchdog-thread': 'src-main/shells/electron/watchdog-thread.ts',
          kiosk: 'src-main/cli/main.ts',
          'web-shell': 'src-main/shells/web/main.ts',
        },
      },
      rollupOptions: {
        output: { entryFileNames: (chunk) => (chunk.name === 'watchdog-thread' ? '[name].mjs' : '[name].js') },
      },
    },
  },
});
