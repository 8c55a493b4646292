import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { RecentAnswers } from '../api/recent-answers';
import { afterNextPaint } from '../app/mark-after-paint';
import { registerSessionReset } from '../stores/session-reset';

/** The last codes drawn: a procedure opened again, or Back to it, shows its code at once. */
const drawn = new RecentAnswers<string>(8);
// A dossier's code or a ticket's link goes with the visit.
registerSessionReset(
  'qr-codes',
  () => drawn.clear(),
  () => drawn.keys(),
);

/**
 * A QR code drawn locally (no network) as a data: URL, dark on white with the quiet zone phone
 * cameras need; null until drawn or when the data cannot be encoded.
 *
 * Drawing one (pixel by pixel, then PNG-encoded) takes 20–40 ms of main thread on the kiosk. It
 * starts after the frame that shows its screen, so the screen a citizen tapped for is drawn
 * first and the code a frame later (bench:tap); codes already drawn come from a small cache.
 */
export function useQrDataUrl(data: string, size: number, dark = '#000000'): string | null {
  const key = `${size}|${dark}|${data}`;
  const [src, setSrc] = useState<{ key: string; url: string | null } | null>(() => {
    const url = drawn.get(key);
    return url ? { key, url } : null;
  });
  useEffect(() => {
    const cached = drawn.get(key);
    if (cached) {
      setSrc({ key, url: cached });
      return;
    }
    let live = true;
    const cancel = afterNextPaint(() => {
      QRCode.toDataURL(data, { errorCorrectionLevel: 'M', margin: 2, width: size, color: { dark, light: '#ffffff' } }).then(
        (url) => {
          drawn.set(key, url);
          if (live) setSrc({ key, url });
        },
        () => live && setSrc({ key, url: null }),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [key, data, size, dark]);
  return src?.key === key ? src.url : null;
}
