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
