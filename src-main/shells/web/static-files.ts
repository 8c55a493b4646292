import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolveAudioFile } from '../policy/audio-files';
import { resolveRendererFile } from '../policy/renderer-files';

const TEXT = 'text/plain; charset=utf-8';

/**
 * Serves the built renderer, and the spoken clips under `/audio/` when `audioDir` is given;
 * unknown paths get index.html so a reload on any screen works.
 */
export function serveStatic(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  headers: Readonly<Record<string, string>>,
  audioDir?: string,
): void {
  const url = new URL(req.url ?? '/', 'http://x');
  const found = (audioDir === undefined ? null : resolveAudioFile(audioDir, url.pathname)) ?? resolveRendererFile(root, url.pathname);
  switch (found.kind) {
    case 'bad-path':
      res.writeHead(400, { ...headers, 'Content-Type': TEXT }).end('bad path');
      return;
    case 'forbidden':
      res.writeHead(403, { ...headers, 'Content-Type': TEXT }).end('forbidden');
      return;
    case 'not-found':
      res.writeHead(404, { ...headers, 'Content-Type': TEXT }).end('not found');
      return;
    case 'file':
      res.writeHead(200, { ...headers, 'Content-Type': found.contentType, 'Cache-Control': found.cacheControl });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(found.path).pipe(res);
      return;
    default: {
      const unhandled: never = found;
      throw new Error(`unhandled renderer file result ${JSON.stringify(unhandled)}`);
    }
  }
}
