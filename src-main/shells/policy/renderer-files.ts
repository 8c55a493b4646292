import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export type RendererFile =
  | { readonly kind: 'file'; readonly path: string; readonly contentType: string; readonly cacheControl: string }
  | { readonly kind: 'bad-path' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'not-found' };

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * Maps a request path to a file of the built renderer, for the web shell's HTTP server and the
 * Electron `app://` protocol alike. Nothing outside `root` is ever served; a path without an
 * extension gets index.html so a reload on any screen still starts the app.
 */
export function resolveRendererFile(root: string, pathname: string, fileExists: (path: string) => boolean = isFile): RendererFile {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return { kind: 'bad-path' };
  }
  if (rel.includes('\0')) return { kind: 'bad-path' };
  const base = normalize(root);
  const target = normalize(join(base, rel));
  if (target !== base && !target.startsWith(base.endsWith(sep) ? base : base + sep)) return { kind: 'forbidden' };
  let file = target;
  if (!fileExists(file)) {
    if (extname(rel)) return { kind: 'not-found' };
    file = join(base, 'index.html');
    if (!fileExists(file)) return { kind: 'not-found' };
  }
  const isIndex = file.endsWith(`${sep}index.html`);
  return {
    kind: 'file',
    path: file,
    contentType: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    // Built assets carry a content hash in their names; index.html must always be fresh.
    cacheControl: isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  };
}
