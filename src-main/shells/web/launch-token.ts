import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/**
 * The launch token a service manager may fix for the web shell. It never comes from a process
 * argument (any local account reads /proc/PID/cmdline): `KIOSK_TOKEN` in the environment (only
 * the same account reads /proc/PID/environ), or a file only this account can read. Returns
 * undefined when neither is given: the shell then makes a fresh random token.
 */
export function readLaunchToken(env: NodeJS.ProcessEnv, tokenFile: string | undefined): string | undefined {
  const fromEnv = env.KIOSK_TOKEN;
  // Not passed on to children (the browser, device helpers).
  delete env.KIOSK_TOKEN;
  if (tokenFile) {
    const fd = openSync(tokenFile, 'r');
    try {
      const st = fstatSync(fd);
      if ((st.mode & 0o077) !== 0) {
        throw new Error(`--token-file ${tokenFile} is readable by other accounts (mode ${(st.mode & 0o777).toString(8)}): chmod 600 it`);
      }
      if (typeof process.getuid === 'function' && st.uid !== process.getuid()) {
        throw new Error(`--token-file ${tokenFile} belongs to another account`);
      }
      const token = readFileSync(fd, 'utf8').trim();
      if (token.length < 16) throw new Error(`--token-file ${tokenFile} holds no token of at least 16 characters`);
      return token;
    } finally {
      closeSync(fd);
    }
  }
  if (fromEnv !== undefined && fromEnv.length < 16) throw new Error('KIOSK_TOKEN must be at least 16 characters');
  return fromEnv || undefined;
}
