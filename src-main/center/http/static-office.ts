import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fail, HttpAnswer } from './http-answer';

/** Where `npm run build:office` puts the back office. */
export const DEFAULT_OFFICE_DIR = fileURLToPath(new URL('../../../out/office', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

/** Serves the built back office under /office/ (index.html for the page, hashed assets cached for a year). */
export function officeFiles(dir: string = DEFAULT_OFFICE_DIR) {
  return async (method: string, path: string): Promise<HttpAnswer | null> => {
    if (method !== 'GET' && method !== 'HEAD') return null;
    if (path === '/' || path === '/office') return new HttpAnswer(302, null, { Location: '/office/' });
    if (!path.startsWith('/office/')) return null;
    const rel = path === '/office/' ? 'index.html' : decodeURIComponent(path.slice('/office/'.length));
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep)) return fail(404, 'not-found', 'not found');
    const type = TYPES[extname(file)];
    if (!type) return fail(404, 'not-found', 'not found');
    try {
      const body = await readFile(file);
      const cache = rel.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
      return new HttpAnswer(200, body, { ...HEADERS, 'Content-Type': type, 'Cache-Control': cache });
    } catch {
      if (rel === 'index.html') return fail(503, 'unavailable', 'the back office is not built: run npm run build:office');
      return fail(404, 'not-found', 'not found');
    }
  };
}
