import type { RawScan } from '../devices';
import type { ByteLink } from '../link/byte-link';
import { SerialLineDevice, type SerialLineDeviceOptions } from './serial-line-device';

/**
 * A QR/barcode scanner in serial (virtual COM) mode, one UTF-8 line a scan. This is the
 * recommended mode: keyboard-wedge scanners garble Vietnamese letters. Bytes that are not valid
 * UTF-8 reach the classifier as replacement characters, which it refuses as `invalid UTF-8`.
 */
export function serialScanner(
  link: ByteLink,
  options: Omit<SerialLineDeviceOptions, 'kind'>,
  emit: (scan: RawScan) => void,
): SerialLineDevice {
  const decoder = new TextDecoder('utf-8');
  return new SerialLineDevice(link, { ...options, kind: 'scanner' }, (line, overflowed) => {
    const payload = decoder.decode(line);
    // A line cut at the cap is marked by its length: the classifier refuses it as too long.
    emit({ source: 'serial', payload: overflowed ? payload.padEnd(16_385, '\uFFFD') : payload, at: options.clock.now().toISOString() });
  });
}
