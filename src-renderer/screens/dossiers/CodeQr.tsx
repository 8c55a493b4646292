import { useQrDataUrl } from '../../components/useQrDataUrl';

/** The dossier code as a QR code, drawn locally: the status screen (and a phone) reads it back. */
export function CodeQr({ data, label, size = 260 }: { data: string; label: string; size?: number }) {
  const src = useQrDataUrl(data, size);
  if (!src) return null;
  return (
    <figure className="dossier-qr" data-testid="dossier-qr" data-qr={data}>
      <img src={src} width={size} height={size} alt={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
