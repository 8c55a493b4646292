import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * A QR code drawn locally (no network) as a data: URL, dark on white with the quiet zone phone
 * cameras need; null until drawn or when the data cannot be encoded.
 */
export function useQrDataUrl(data: string, size: number, dark = '#000000'): string | null {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(data, { errorCorrectionLevel: 'M', margin: 2, width: size, color: { dark, light: '#ffffff' } }).then(
      (url) => live && setSrc(url),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [data, size, dark]);
  return src;
}
