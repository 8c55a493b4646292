import { type RendererFile, resolveRendererFile } from './renderer-files';

/** `/audio/chime.wav`, `/audio/vi/<clip>.wav` or `.ogg`: the only audio paths a shell serves. */
const AUDIO_PATH = /^\/audio\/(?:vi\/)?[a-z0-9-]{1,64}\.(?:wav|ogg)$/;

/**
 * The spoken clips (`assets/audio`) for every shell that plays them: the hall display's calls
 * and the kiosk's "Nghe" readings. `null` when the path is not an audio path at all; a clip is
 * revalidated on every play since a center may replace one by file name (docs/hall.md, "Clips").
 */
export function resolveAudioFile(audioDir: string, pathname: string): RendererFile | null {
  if (!AUDIO_PATH.test(pathname)) return null;
  const found = resolveRendererFile(audioDir, pathname.slice('/audio'.length));
  return found.kind === 'file' ? { ...found, cacheControl: 'no-cache' } : found;
}
