import './aloud.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadingRequest } from '../../../src-main/api/channels/aloud';
import { useApi } from '../../api/api-context';
import { TouchButton } from '../TouchButton';
import { playClips, silence } from './play-clips';

type State = 'idle' | 'playing';

/**
 * "Nghe": reads the screen aloud in Vietnamese from clips made in advance (docs/aloud.md). Plays
 * only when tapped; stops on a second tap, on any tap or key elsewhere, and when the screen or
 * what it shows changes. Hidden when the kiosk has no audio for this reading, or a clip fails.
 */
export function ListenButton({ reading, className }: { reading: ReadingRequest; className?: string }) {
  const { t } = useTranslation('aloud');
  const api = useApi();
  const key = JSON.stringify(reading);
  const [clips, setClips] = useState<readonly string[]>([]);
  const [state, setState] = useState<State>('idle');
  const audio = useRef<HTMLAudioElement>(null);
  const wrapper = useRef<HTMLSpanElement>(null);
  const playing = useRef<AbortController | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `reading`, whose identity changes every render
  useEffect(() => {
    let live = true;
    setClips([]);
    api.call('aloud.reading', reading).then(
      (r) => live && setClips(r.clips),
      () => live && setClips([]),
    );
    return () => {
      live = false;
      playing.current?.abort();
    };
  }, [api, key]);

  // While it plays, a tap or key anywhere else stops it (and still does what it was meant to).
  useEffect(() => {
    if (state !== 'playing') return;
    const elsewhere = (e: Event) => {
      if (!(e.target instanceof Node && wrapper.current?.contains(e.target))) playing.current?.abort();
    };
    document.addEventListener('pointerdown', elsewhere, true);
    document.addEventListener('keydown', elsewhere, true);
    return () => {
      document.removeEventListener('pointerdown', elsewhere, true);
      document.removeEventListener('keydown', elsewhere, true);
    };
  }, [state]);

  const toggle = () => {
    const element = audio.current;
    if (!element) return;
    if (playing.current) {
      playing.current.abort();
      return;
    }
    const controller = new AbortController();
    playing.current = controller;
    setState('playing');
    playClips(element, clips, controller.signal)
      .catch(() => setClips([]))
      .finally(() => {
        silence(element);
        if (playing.current === controller) playing.current = null;
        setState('idle');
      });
  };

  if (clips.length === 0) return null;
  const label = state === 'playing' ? t('stop') : t('listen');
  return (
    <span ref={wrapper} className={`listen${className ? ` ${className}` : ''}`}>
      <TouchButton
        variant="secondary"
        size="large"
        icon={state === 'playing' ? 'stop' : 'speaker'}
        onClick={toggle}
        data-testid="listen-button"
        data-state={state}
        aria-describedby="listen-hint"
      >
        {label}
      </TouchButton>
      <span id="listen-hint" className="visually-hidden">
        {t('hint')}
      </span>
      {/* biome-ignore lint/a11y/useMediaCaption: a spoken reading of text that is on the screen */}
      <audio ref={audio} preload="none" data-testid="listen-audio" />
    </span>
  );
}
