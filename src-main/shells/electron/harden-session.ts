import type { Session } from 'electron';
import type { Logger } from '../../core/logging/logger';
import { isAllowedRequest, originOf } from '../policy/origin-policy';
import { isPermissionGranted } from '../policy/permissions';

/**
 * Locks the renderer's session: every permission denied but the camera (for QR codes), no
 * WebUSB/WebHID/WebSerial (devices belong to main), no screen capture, no downloads, and no
 * request leaves for anywhere but the kiosk's own origin — a second wall behind the CSP.
 */
export function hardenSession(session: Session, ownOrigins: readonly string[], log: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    const granted = isPermissionGranted({ permission, mediaTypes, origin: details.requestingUrl }, ownOrigins);
    if (!granted) log.warn('permission refused', { permission, mediaTypes: mediaTypes.join(',') });
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionGranted({ permission, mediaTypes: details.mediaType ? [details.mediaType] : [], origin: requestingOrigin }, ownOrigins),
  );
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => {
    log.warn('screen capture refused');
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('will-download', (event, item) => {
    event.preventDefault();
    log.warn('download refused', { from: originOf(item.getURL()) ?? 'unknown' });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, ownOrigins);
    if (!allowed) log.warn('request refused', { target: originOf(details.url) ?? details.url.split(':')[0] ?? '' });
    callback({ cancel: !allowed });
  });
}
