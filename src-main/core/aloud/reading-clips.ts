import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadingRequest } from '../../api/channels/aloud';
import type { Procedure } from '../../api/channels/catalog';
import { telexName } from '../hall/telex-name';
import { readingIndexReader } from './reading-index';
import { homeReading, procedureReading, type Reading, ticketWords } from './readings';

/**
 * Which clips of `clipDir` (`assets/audio/vi`) read a screen aloud, as `/audio/vi/…` paths in
 * playing order. Every clip must be on disk, and a whole-screen reading must have been made from
 * today's text; otherwise none, and the screen hides its button. Files are looked up when asked,
 * so a center's own recording dropped in by a technician is used without a restart.
 */
export function createReadingClips(
  options: Readonly<{
    clipDir: string;
    procedures: (code: string) => Procedure | undefined;
    onProblem: (reason: string) => void;
  }>,
): (request: ReadingRequest) => string[] {
  const { clipDir } = options;
  const index = readingIndexReader(clipDir, options.onProblem);
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

  return (request) => {
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
}
