import { LineIcon } from '../../components/LineIcon';

/** Line icons for the technician screens, drawn inline like the shared ones (no icon font). */
const PATHS = {
  devices: 'M4 5h16v10H4zM9 19h6M12 15v4M7 9h2M11 9h2',
  printer: 'M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z',
  scanner: 'M3 7V4h3M18 4h3v3M21 17v3h-3M6 20H3v-3M7 8v8M10 8v8M13 8v8M16 8v8',
  card: 'M3 6h18v12H3zM3 10h18M7 15h4',
  server: 'M4 4h16v6H4zM4 14h16v6H4zM8 7h.01M8 17h.01',
  outbox: 'M4 13v6h16v-6M12 3v11M8 7l4-4 4 4',
  catalog: 'M5 4h11a3 3 0 0 1 3 3v13H8a3 3 0 0 1-3-3zM5 17a3 3 0 0 1 3-3h11',
  kiosk: 'M7 3h10v14H7zM10 21h4M12 17v4M10 14h4',
  logs: 'M6 3h9l4 4v14H6zM9 11h7M9 15h7M9 7h3',
  key: 'M14 10a4 4 0 1 0-3.5 4L12 16h2v2h2v2h3v-3l-5.5-5.5A4 4 0 0 0 14 10ZM9 9h.01',
  exit: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10',
  refresh: 'M20 11a8 8 0 0 0-14.5-4.5L4 8M4 4v4h4M4 13a8 8 0 0 0 14.5 4.5L20 16M20 20v-4h-4',
  services: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM16.5 13v7M13 16.5h7',
  settings: 'M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0M14 4v4M8 10v4M16 16v4',
  payment: 'M3 6h18v12H3zM3 10h18M15 14h3M6 14h4',
  usb: 'M12 3v14M9 6l3-3 3 3M8 11v2l4 3M16 9v3l-4 3M12 17a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z',
} as const;

export type TechIconName = keyof typeof PATHS;

export function TechIcon({ name, size = 40 }: { name: TechIconName; size?: number }) {
  return <LineIcon path={PATHS[name]} size={size} />;
}
