import type { FieldIcon } from '../../../src-main/api/channels/catalog';
import { LineIcon } from '../../components/LineIcon';

/** Line icons for field tiles and procedure facts, drawn like the shared `Icon` (24×24, stroke). */
const PATHS = {
  family:
    'M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM2.5 20c0-3 2.5-5.5 5.5-5.5s5.5 2.5 5.5 5.5m-1-2.8c.9-1.6 2.4-2.7 4-2.7 3 0 5 2.5 5 5.5',
  stamp: 'M9.5 3h5v4.5l-1 4.5h-3l-1-4.5V3ZM4 14h16v4H4v-4Zm2 7h12',
  house: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h13V9.5M10 20v-5h4v5',
  shop: 'M4 9l1.5-5h13L20 9M4 9h16v1.5a2.7 2.7 0 0 1-5.3 0 2.7 2.7 0 0 1-5.4 0A2.7 2.7 0 0 1 4 10.5V9Zm1 4v7h14v-7M10 20v-4h4v4',
  care: 'M12 20s-7-4.4-7-9.5A3.8 3.8 0 0 1 12 8a3.8 3.8 0 0 1 7 2.5C19 15.6 12 20 12 20Z',
  land: 'M3 20h18M4.5 20l4.5-9 3 5 2-3 5.5 7M16.5 8a2 2 0 1 0 0-4 2 2 0 0 0 0 4Z',
  child: 'M12 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM7 11l5-1.5 5 1.5M12 9.5V15m-3 6 3-6 3 6',
  temple: 'M2.5 9 12 4l9.5 5M5 9v10m14-10v10M9.5 9v10m5-10v10M3 20h18',
  handshake: 'M2.5 11.5 6 8l3.5 1.5L12 8l3 1.5L18 8l3.5 3.5M6 8l-3.5 3.5L8 17l1.5-1m9-8 3.5 3.5-5 5.5-2 .5-4.5-4.5',
  shield: 'M12 3l8 3v6c0 4.5-3.4 8.2-8 9-4.6-.8-8-4.5-8-9V6l8-3Z',
  document: 'M7 3h7l5 5v13H7V3Zm7 0v5h5M10 13h6m-6 4h6',
  medal: 'M8 3h8l-2 6h-4L8 3Zm4 18a5 5 0 1 0 0-10 5 5 0 0 0 0 10Zm0-7 .9 1.8 2 .3-1.45 1.4.35 2-1.8-.95-1.8.95.35-2-1.45-1.4 2-.3L12 14Z',
  bowl: 'M3 12h18a9 8 0 0 1-18 0Zm4.5 8h9M9 9c0-1.5 1.5-1.5 1.5-3S9 4.5 9 3m5 6c0-1.5 1.5-1.5 1.5-3S14 4.5 14 3',
  adoption:
    'M7 7a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Zm0 2.5V16m-3.5 5L7 16l3.5 5M3.5 12 7 10.5l5.5 3.5M17 12a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm0 2v3.5M14.5 21l2.5-3.5 2.5 3.5M12.5 14l4.5-.5 3.5 1.5',
  build: 'M3 5h18v15H3V5Zm0 5h18M3 15h18M9 5v5m6-5v5M6 10v5m6-5v5m6-5v5M9 15v5m6-5v5',
  school: 'M2 9l10-5 10 5-10 5L2 9Zm4 2v5c0 1.5 2.7 3 6 3s6-1.5 6-3v-5m4-2v6',
  trophy: 'M8 4h8v5a4 4 0 0 1-8 0V4Zm0 1.5H4.5A3.5 3.5 0 0 0 8 10m8-4.5h3.5A3.5 3.5 0 0 1 16 10m-4 3v4m-4 3.5h8M9 17h6v3.5H9V17Z',
  cart: 'M2.5 4h2.5l2.2 11h11.3l2-8H6.2M9 20.5a1 1 0 1 0 0-2 1 1 0 0 0 0 2Zm9 0a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
  road: 'M8 3 4 21M16 3l4 18M12 4v3m0 4v3m0 4v3',
  complaint: 'M4 4h16v12H10l-5 4.5V16H4V4Zm8 3v4.5m0 2.5v.01',
  health: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6V3Z',
  briefcase: 'M3 8h18v12H3V8Zm6 0V5.5A1.5 1.5 0 0 1 10.5 4h3A1.5 1.5 0 0 1 15 5.5V8M3 13.5h18m-9-1v2.5',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Zm9 2-4.2-4.2',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v4.5l3 2',
  money: 'M3 7h18v10H3V7Zm9 7.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5ZM6 10v.01M18 14v.01',
  place: 'M12 21s7-6.1 7-11.5a7 7 0 0 0-14 0C5 14.9 12 21 12 21Zm0-9a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5Z',
  online: 'M4 5h16v11H4V5Zm4 15h8m-4-4v4',
  check: 'M5 4h14v16H5V4Zm3 8 3 3 5-6',
  chevron: 'M9 5l7 7-7 7',
  close: 'M6 6l12 12M18 6 6 18',
} as const;

export type CatalogIconName = keyof typeof PATHS;

export function CatalogIcon({ name, size = 40 }: { name: CatalogIconName | FieldIcon; size?: number }) {
  return <LineIcon path={PATHS[name] ?? PATHS.document} size={size} />;
}
