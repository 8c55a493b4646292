import { LineIcon } from './LineIcon';

/** Line icons drawn inline so they scale with text and need no network or icon font. */
const PATHS = {
  home: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-6h3v6h5V9.5',
  back: 'M15 5l-7 7 7 7',
  forward: 'M9 5l7 7-7 7',
  globe:
    'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 0c2.5 2.4 3.8 5.4 3.8 9s-1.3 6.6-3.8 9m0-18C9.5 5.4 8.2 8.4 8.2 12s1.3 6.6 3.8 9M3.5 9h17M3.5 15h17',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-2.6-11.5a2.7 2.7 0 1 1 3.9 2.4c-.8.4-1.3 1-1.3 1.9v.7M12 17.2v.3',
  check: 'M4.5 12.5l5 5 10-11',
  close: 'M6 6l12 12M18 6 6 18',
  search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Zm9 2-4.2-4.2',
  wifi: 'M2.5 8.5a14 14 0 0 1 19 0M5.5 12a9.5 9.5 0 0 1 13 0M8.7 15.3a5 5 0 0 1 6.6 0M12 19h.01',
  wifiOff:
    'M3 3l18 18M8.7 15.3a5 5 0 0 1 6.6 0M5.5 12a9.5 9.5 0 0 1 5-2.5M2.5 8.5A14 14 0 0 1 7 5.9M14.5 9.7a9.5 9.5 0 0 1 4 2.3M12 19h.01',
  building: 'M4 20h16M5 20V9l7-4 7 4v11M9 20v-6h6v6M8 11h.01M12 11h.01M16 11h.01',
  textSize: 'M3 19 8 5l5 14M4.8 14h6.4M14 19l3.5-9 3.5 9M15.2 16h4.6',
  contrast: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-18v18',
  logout: 'M15 4h3a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-3M10 8l-4 4 4 4M6 12h10',
  keyboard: 'M3 7h18v10H3zM7 10h.01M11 10h.01M15 10h.01M7 14h10',
  touch:
    'M9 11V5.5a1.5 1.5 0 0 1 3 0V11m0-1.5a1.5 1.5 0 0 1 3 0V12m0-1a1.5 1.5 0 0 1 3 0v4a6 6 0 0 1-6 6h-1a6 6 0 0 1-5-2.7L4 15.5a1.5 1.5 0 0 1 2.4-1.8L9 16',
  faceVeryBad: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM8 17c2-2.5 6-2.5 8 0M8.5 9.5l2 1M15.5 9.5l-2 1',
  faceBad: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM8.5 16.5c2-1.3 5-1.3 7 0M9 10h.01M15 10h.01',
  faceGood: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM8.5 14.5c2 1.5 5 1.5 7 0M9 10h.01M15 10h.01',
  faceVeryGood: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM7.5 13.5h9a4.5 4.5 0 0 1-9 0ZM9 9.5h.01M15 9.5h.01',
  ticket:
    'M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v2.5a2.5 2.5 0 0 0 0 5V17a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-2.5a2.5 2.5 0 0 0 0-5ZM14 5v2m0 3v4m0 3v2',
  printer: 'M7 9V3h10v6M7 17H5a2 2 0 0 1-2-2v-4a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v4a2 2 0 0 1-2 2h-2M7 14h10v7H7Z',
  alert: 'M12 3 2 20.5h20L12 3Zm0 6.5v5m0 3h.01',
  qr: 'M4 4h6v6H4ZM14 4h6v6h-6ZM4 14h6v6H4ZM14 14h2M19.5 14h.5M14 17.5V20M17 17h3v3h-3ZM7 7h.01M17 7h.01M7 17h.01',
  people: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 10v-1a6 6 0 0 1 12 0v1M16 3.5a4 4 0 0 1 0 7.5M22 21v-1a6 6 0 0 0-4-5.6',
  dossier: 'M6 3h8l4 4v14H6ZM14 3v4h4M9 12h6M9 16h4',
  guide: 'M4 5a2 2 0 0 1 2-2h6v17H6a2 2 0 0 0-2 1.5ZM20 5a2 2 0 0 0-2-2h-6v17h6a2 2 0 0 1 2 1.5ZM4 5v16.5M20 5v16.5',
  chat: 'M4 5h16v11H9l-5 4V5ZM8 9h8M8 12h5',
  speaker: 'M4 9h4l5-4v14l-5-4H4ZM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12',
  stop: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM9 9h6v6H9Z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 40, label }: { name: IconName; size?: number; label?: string }) {
  return <LineIcon path={PATHS[name]} size={size} label={label} />;
}
