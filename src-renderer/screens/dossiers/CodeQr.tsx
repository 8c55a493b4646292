import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The dossier code as a QR code, drawn locally: the status screen (and a phone) reads it back. */
export function CodeQr({ data, label, size = 260 }: { data: string; label: string; size?: number }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(data, { errorCorrectionLevel: 'M', margin: 2, width: size, color: { dark: '#000000', light: '#ffffff' } }).then(
      (url) => live && setSrc(url),
      () => live && setSrc(null),
    );
    return () => {
      live = false;
    };
  }, [data, size]);
  if (!src) return null;
  return (
    <figure className="dossier-qr" data-testid="dossier-qr" data-qr={data}>
      <img src={src} width={size} height={size} alt={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
