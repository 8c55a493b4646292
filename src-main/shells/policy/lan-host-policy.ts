import { isIP } from 'node:net';
import { originOf } from './origin-policy';

/**
 * Which `Host` headers a LAN server answers (the hall host). Browsers on the LAN reach it by IP
 * address or by the machine's own name; any other name is refused, so a web page that re-points
 * its own domain at the host (DNS rebinding) gets nothing. `names` are the machine's names
 * (`os.hostname()`, `<name>.local`); the port must be the one the server listens on.
 */
export function isAllowedLanHost(host: string | undefined, port: number, names: readonly string[]): boolean {
  if (!host || host.length > 300) return false;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return false;
  }
  if (url.username || url.password || url.pathname !== '/' || `${url.host}` !== host.toLowerCase()) return false;
  const effectivePort = url.port === '' ? 80 : Number(url.port);
  if (effectivePort !== port) return false;
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(hostname) !== 0) return true;
  return ['localhost', ...names].some((n) => n.toLowerCase() === hostname);
}

/**
 * A request from a browser page must come from the host's own page (same scheme, host and port
 * as the `Host` it asked for). A request without `Origin` is not from a page's script (a member
 * kiosk, curl) and is left to the token check.
 */
export function isSameOriginRequest(origin: string | undefined, host: string): boolean {
  if (origin === undefined) return true;
  return originOf(origin) === originOf(`http://${host}`);
}
