import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { defaultAudioDir } from '../../core/aloud/compose-aloud';
import { resolveAudioFile } from '../policy/audio-files';
import { resolveRendererFile } from '../policy/renderer-files';
import { securityHeaders } from '../policy/security-headers';

/**
 * The renderer is served from `app://kiosk/`, not `file://`. Why: on `file://` the CSP's
 * `'self'` means every file on the disk, pages get extra privileges (fetching any local file),
 * and a `<meta>` CSP cannot carry `frame-ancestors`. A privileged standard scheme gives the
 * renderer a real origin of its own, so `'self'` means exactly the bundled renderer, the CSP
 * and the other headers arrive as response headers, and the GrantFileProtocolExtraPrivileges
 * fuse can be turned off.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kiosk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The attract screen: where the kiosk starts, and where it comes back to after a crash. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready`. Standard (relative URLs and storage work) and secure (a secure
 * context, for the camera). Deliberately not `corsEnabled` and not `bypassCSP`: other origins
 * cannot read it and the CSP applies to it.
 */
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
];

type ReadFile = (path: string) => Promise<Uint8Array<ArrayBuffer>>;

function plain(status: number, text: string, headers: Record<string, string>): Response {
  return new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * The `protocol.handle('app', …)` handler: the built renderer and the spoken clips under `/audio/`
 * (`audioDir`, default the shipped `assets/audio`), with the shared security headers.
 */
export function appProtocolHandler(
  rendererDir: string,
  read: ReadFile = readFile,
  audioDir?: string,
): (request: Request) => Promise<Response> {
  const headers = securityHeaders();
  let clips: string | undefined = audioDir;
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'bad url', headers);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'not found', headers);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed', headers);
    clips ??= defaultAudioDir();
    const found = resolveAudioFile(clips, url.pathname) ?? resolveRendererFile(rendererDir, url.pathname);
    switch (found.kind) {
      case 'bad-path':
        return plain(400, 'bad path', headers);
      case 'forbidden':
        return plain(403, 'forbidden', headers);
      case 'not-found':
        return plain(404, 'not found', headers);
      case 'file': {
        let body: Uint8Array<ArrayBuffer>;
        try {
          body = await read(found.path);
        } catch {
          return plain(404, 'not found', headers);
        }
        const responseHeaders = { ...headers, 'Content-Type': found.contentType, 'Cache-Control': found.cacheControl };
        return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: responseHeaders });
      }
      default: {
        const unhandled: never = found;
        throw new Error(`unhandled renderer file result ${JSON.stringify(unhandled)}`);
      }
    }
  };
}
