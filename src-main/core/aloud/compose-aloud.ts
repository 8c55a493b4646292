import { join } from 'node:path';
import type { Procedure } from '../../api/channels/catalog';
import { findShippedAsset } from '../catalog/bundled-catalog';
import type { KioskParts } from '../kiosk/kiosk-parts';
import type { PartialHandlers } from '../rpc/handlers';
import { createReadingClips } from './reading-clips';

/** The shipped clips: `assets/audio` (the hall's chime and `vi/` clips, served at `/audio/`). */
export function defaultAudioDir(): string {
  return findShippedAsset(join('assets', 'audio'));
}

/** "Nghe" (docs/aloud.md): the clips that read a screen aloud, or none and the button hides. */
export function composeAloud(
  parts: KioskParts,
  options: Readonly<{ procedures: (code: string) => Procedure | undefined; audioDir?: string | undefined }>,
) {
  const log = parts.log.child('aloud');
  const clipsFor = createReadingClips({
    clipDir: join(options.audioDir ?? defaultAudioDir(), 'vi'),
    procedures: options.procedures,
    onProblem: (reason) => log.warn('readings index ignored', { reason }),
  });
  const handlers: PartialHandlers<'aloud.reading'> = {
    'aloud.reading': (args) => ({ clips: clipsFor(args) }),
  };
  return { handlers };
}
