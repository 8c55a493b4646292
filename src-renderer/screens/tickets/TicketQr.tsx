import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/**
 * The ticket's status link as a QR code a phone can read from arm's length: drawn locally (no
 * network), dark on white with the quiet zone scanners need.
 */
export function TicketQr({ data, label, size = 240 }: { data: string; label: string; size?: number }) {
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
    <figure className="ticket-qr" data-testid="ticket-qr" data-qr={data}>
      <img src={src} width={size} height={size} alt={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
