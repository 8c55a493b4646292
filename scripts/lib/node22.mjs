import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Signals a service manager or a terminal sends; the child must get them, not be orphaned by them. */
const FORWARDED = ['SIGTERM', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];

/**
 * better-sqlite3 13 and the rest of the stack need Node 22; the project ships it as the `node`
 * devDependency. When a script is started with an older system Node, run it again on that one,
 * pass every signal on to it, and end the way it ends (its exit code, or the same signal), so
 * killing the wrapper stops the kiosk and frees its port and database.
 */
export function ensureNode22() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return;
  const local = `${ROOT}node_modules/node/bin/node`;
  if (!existsSync(local)) {
    process.stderr.write(`Node ${process.versions.node} is too old and the project's Node 22 is missing: run \`npm install\` first.\n`);
    process.exit(1);
  }
  const child = spawn(local, process.argv.slice(1), { stdio: 'inherit' });
  for (const signal of FORWARDED) process.on(signal, () => child.kill(signal));
  child.on('error', (err) => {
    process.stderr.write(`could not start Node 22 (${local}): ${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      // Die of the same signal, so whoever waits on the wrapper sees what really happened.
      for (const s of FORWARDED) process.removeAllListeners(s);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
  // Callers `await ensureNode22()`: nothing of the calling script may run on the old Node, so this never resolves.
  return new Promise(() => undefined);
}
