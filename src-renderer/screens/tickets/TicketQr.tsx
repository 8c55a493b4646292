import { useQrDataUrl } from '../../components/useQrDataUrl';

/** The ticket's status link as a QR code a phone can read from arm's length. */
export function TicketQr({ data, label, size = 240 }: { data: string; label: string; size?: number }) {
  const src = useQrDataUrl(data, size);
  if (!src) return null;
  return (
    <figure className="ticket-qr" data-testid="ticket-qr" data-qr={data}>
      <img src={src} width={size} height={size} alt={label} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
