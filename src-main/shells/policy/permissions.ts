import { isOwnOrigin } from './origin-policy';

/**
 * What the page may ask the browser for: the camera, to read a QR code, and nothing else (no
 * microphone, location, USB, serial, HID, notifications, clipboard...). Printers, scanners and
 * card readers belong to the main process, never to the page.
 */
export interface PermissionAsk {
  /** Electron's permission name: `media` for camera and microphone. */
  readonly permission: string;
  /** For `media`: what is asked for; the camera is `video`. */
  readonly mediaTypes: readonly string[];
  /** The URL or origin of the frame asking. */
  readonly origin: string;
}

export function isPermissionGranted(ask: PermissionAsk, ownOrigins: readonly string[]): boolean {
  if (ask.permission !== 'media') return false;
  if (!isOwnOrigin(ask.origin, ownOrigins)) return false;
  return ask.mediaTypes.length > 0 && ask.mediaTypes.every((type) => type === 'video');
}

/** Features the page may use at all (Permissions-Policy, for the browser path). */
const SELF_ONLY = ['camera', 'fullscreen', 'screen-wake-lock'] as const;

/** Features switched off for every frame, including the page itself. */
const DENIED = [
  'accelerometer',
  'bluetooth',
  'browsing-topics',
  'clipboard-read',
  'clipboard-write',
  'display-capture',
  'encrypted-media',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'serial',
  'storage-access',
  'usb',
  'web-share',
  'window-management',
  'xr-spatial-tracking',
] as const;

/** The `Permissions-Policy` header: the same decision as `isPermissionGranted`, for browsers. */
export function permissionsPolicy(): string {
  return [...SELF_ONLY.map((f) => `${f}=(self)`), ...DENIED.map((f) => `${f}=()`)].join(', ');
}
