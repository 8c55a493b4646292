import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrinterEmulator } from '../../../hardware/emulators/printer-emulator';
import type { PrinterSettings } from '../../../src-main/hardware/device-settings';
import { EscPosEncoder } from '../../../src-main/hardware/printer/escpos-encoder';
import { printerProfile } from '../../../src-main/hardware/printer/printer-profiles';
import { healthOf, receiptDoc, savePrint, TICKET_LINE, testManager, ticketDoc, waitFor } from '../../support/hardware';

type Iface = 'tcp' | 'serial' | 'usb';
const INTERFACES: readonly Iface[] = ['tcp', 'serial', 'usb'];
const PROFILES = ['epson-80-cp1258', 'generic-escpos-80', 'star-80-raster'] as const;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-printer-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function emulatorFor(iface: Iface, profileId: string, name: string): Promise<PrinterEmulator> {
  const profile = printerProfile(profileId);
  return iface === 'tcp' ? PrinterEmulator.tcp(profile) : PrinterEmulator.pty(profile, join(dir, name));
}

describe.each(INTERFACES)('printing a Vietnamese ticket over %s', (iface) => {
  it.each(PROFILES)('with profile %s: decoded back to the same text, or to a picture of it', async (profileId) => {
    const emulator = await emulatorFor(iface, profileId, `${iface}-${profileId}`);
    const settings: PrinterSettings = { interface: iface, address: emulator.address, profile: profileId, baudRate: 0 };
    const manager = testManager({ printer: settings });
    try {
      await waitFor(() => healthOf(manager, 'printer').state === 'ready', 10_000, 'printer ready');
      const page = emulator.nextPage(15_000);
      // The device sends one job now and resolves once the printer confirmed it.
      await expect(manager.print(ticketDoc)).resolves.toBeUndefined();
      const printed = await page;
      expect(printed?.cut).toBe(true);
      const expected = await new EscPosEncoder(printerProfile(profileId)).encode(ticketDoc);
      // Every byte arrived in one page (give or take the status requests that share the stream
      // and the reset after the cut, which starts the next page), and every command was known.
      expect(Math.abs((printed?.bytes ?? 0) - expected.length)).toBeLessThan(16);
      expect(printed?.unknown).toEqual([]);
      if (printerProfile(profileId).text.mode === 'codepage') {
        expect(printed?.text.split('\n')).toContain(TICKET_LINE);
        expect(printed?.text).toContain('SỐ THỨ TỰ CỦA BẠN');
        expect(expected.length).toBeLessThan(4 * 1024);
      } else {
        expect(printed?.items.filter((i) => i.kind === 'image').length).toBeGreaterThan(5);
        expect(expected.length).toBeLessThan(24 * 1024);
      }
      savePrint(`ticket-${iface}-${profileId}`, emulator.png(printed as NonNullable<typeof printed>));
    } finally {
      await manager.close();
      await emulator.close();
    }
  });
});

describe('size limits', () => {
  it.each(PROFILES)('a Vietnamese ticket and receipt stay under 4 KB (code page) or 24 KB (raster) with %s', async (profileId) => {
    const profile = printerProfile(profileId);
    const limit = profile.text.mode === 'codepage' ? 4 * 1024 : 24 * 1024;
    for (const doc of [ticketDoc, receiptDoc]) {
      const bytes = await new EscPosEncoder(profile).encode(doc);
      expect(bytes.length).toBeLessThan(limit);
    }
  });
});
