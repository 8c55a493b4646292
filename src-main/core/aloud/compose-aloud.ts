import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadingRequest } from '../../api/channels/aloud';
import type { Procedure } from '../../api/channels/catalog';
import { findShippedAsset } from '../catalog/bundled-catalog';
import { telexName } from '../hall/telex-name';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PartialHandlers } from '../rpc/handlers';
import { readingIndexReader } from './reading-index';
import { homeReading, procedureReading, type Reading, ticketWords } from './readings';

/** The shipped clips: `assets/audio` (the hall's chime and `vi/` clips, served at `/audio/`). */
export function defaultAudioDir(): string {
  return findShippedAsset(join('assets', 'audio'));
}

/**
 * "Nghe": which clips read a screen aloud (docs/aloud.md). Every clip must be on disk, and a
 * whole-screen reading must have been made from today's text; otherwise the answer is no clips
 * and the screen hides its button. Files are looked up when asked, so a center's own recording
 * dropped in by a technician is used without a restart.
 */
export function composeAloud(
  parts: KioskParts,
  options: Readonly<{ procedures: (code: string) => Procedure | undefined; audioDir?: string | undefined }>,
) {
  const log = parts.log.child('aloud');
  const clipDir = join(options.audioDir ?? defaultAudioDir(), 'vi');
  const index = readingIndexReader(clipDir, (reason) => log.warn('readings index ignored', { reason }));
  const url = (file: string) => `/audio/vi/${file}`;

  const whole = (reading: Reading): string[] => {
    const entry = index().readings[reading.name];
    if (!entry || entry.text !== reading.text || !existsSync(join(clipDir, entry.file))) return [];
    return [url(entry.file)];
  };

  const words = (texts: readonly string[]): string[] => {
    const files = texts.map((t) => `${telexName(t)}.wav`);
    return files.every((f) => existsSync(join(clipDir, f))) ? files.map(url) : [];
  };

  const clipsFor = (request: ReadingRequest): string[] => {
    switch (request.kind) {
      case 'home':
        return whole(homeReading());
      case 'procedure': {
        const p = options.procedures(request.code);
        return p ? whole(procedureReading(p)) : [];
      }
      case 'ticket':
        return words(ticketWords(request));
      default: {
        const unhandled: never = request;
        throw new Error(`unhandled reading ${JSON.stringify(unhandled)}`);
      }
    }
  };

  const handlers: PartialHandlers<'aloud.reading'> = {
    'aloud.reading': (args) => ({ clips: clipsFor(args) }),
  };
  return { handlers, clipsFor };
}
