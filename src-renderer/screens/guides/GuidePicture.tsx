import type { ReactNode } from 'react';
import type { GuidePictureName } from '../../../src-main/api/channels/guides';
import { LineDrawing } from '../../components/LineDrawing';

/**
 * The drawings a guide step can show, in the kiosk's line style: strokes in the text colour, one
 * accent in the theme's primary colour (so high contrast keeps working). 120×120 units each.
 */
const A = 'guide-pic__accent';

const phone = (inner: ReactNode) => (
  <>
    <rect x="38" y="10" width="44" height="100" rx="8" />
    <path d="M54 100h12" />
    {inner}
  </>
);

const DRAWINGS: Record<GuidePictureName, ReactNode> = {
  'id-card': (
    <>
      <rect x="10" y="28" width="100" height="64" rx="8" />
      <rect className={A} x="20" y="40" width="26" height="32" rx="4" />
      <path d="M56 44h42M56 56h42M56 68h26M20 82h78" />
      <rect x="84" y="62" width="14" height="12" rx="2" />
    </>
  ),
  'police-desk': (
    <>
      <path d="M10 104h100M20 104V70h80v34" />
      <circle cx="60" cy="32" r="12" />
      <path d="M40 68c0-12 9-20 20-20s20 8 20 20" />
      <path className={A} d="M48 22h24l-4-8H52z" />
      <rect x="28" y="78" width="24" height="16" rx="2" />
      <path d="M70 84h20M70 92h14" />
    </>
  ),
  'phone-app': phone(
    <>
      <rect className={A} x="48" y="28" width="24" height="24" rx="6" />
      <path d="M60 62v20M52 74l8 8 8-8" />
    </>,
  ),
  'phone-code': phone(
    <>
      <rect className={A} x="46" y="30" width="28" height="14" rx="3" />
      <circle cx="50" cy="60" r="3" />
      <circle cx="60" cy="60" r="3" />
      <circle cx="70" cy="60" r="3" />
      <circle cx="50" cy="72" r="3" />
      <circle cx="60" cy="72" r="3" />
      <circle cx="70" cy="72" r="3" />
      <circle cx="60" cy="84" r="3" />
    </>,
  ),
  'browser-login': (
    <>
      <rect x="8" y="18" width="104" height="80" rx="6" />
      <path d="M8 32h104M16 25h.01M24 25h.01M32 25h.01" />
      <rect x="32" y="44" width="56" height="12" rx="3" />
      <rect x="32" y="62" width="56" height="12" rx="3" />
      <rect className={A} x="44" y="80" width="32" height="10" rx="5" />
    </>
  ),
  'form-upload': (
    <>
      <path d="M24 10h48l20 20v80H24z" />
      <path d="M72 10v20h20M36 44h40M36 56h40M36 68h22" />
      <circle className={A} cx="84" cy="88" r="18" />
      <path d="M84 98V78M76 86l8-8 8 8" />
    </>
  ),
  'dossier-track': (
    <>
      <rect x="16" y="12" width="88" height="96" rx="6" />
      <circle className={A} cx="34" cy="34" r="8" />
      <circle className={A} cx="34" cy="60" r="8" />
      <circle cx="34" cy="86" r="8" />
      <path d="M30 34l3 3 5-6M30 60l3 3 5-6M34 42v10M34 68v10M52 34h40M52 60h40M52 86h28" />
    </>
  ),
  'bank-qr': phone(
    <>
      <rect x="46" y="24" width="28" height="28" rx="2" />
      <path d="M50 28h8v8h-8zM62 28h8v8h-8zM50 40h8v8h-8zM62 40h4M66 44h4v4" />
      <rect className={A} x="46" y="62" width="28" height="12" rx="3" />
      <path d="M50 84h20" />
    </>,
  ),
  'post-parcel': (
    <>
      <rect x="10" y="40" width="62" height="46" rx="4" />
      <path d="M10 40l31 24 31-24" />
      <path className={A} d="M72 56h22l14 16v14H72z" />
      <circle cx="84" cy="92" r="8" />
      <circle cx="30" cy="92" r="8" />
    </>
  ),
};

export function GuidePicture({ name, size = 280 }: { name: GuidePictureName; size?: number }) {
  return (
    <LineDrawing className="guide-pic" size={size} units={120} strokeWidth={3} data-picture={name}>
      {DRAWINGS[name]}
    </LineDrawing>
  );
}
