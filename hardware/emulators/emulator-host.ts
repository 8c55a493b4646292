import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Clock, systemClock } from '../../src-main/api/center-clock';
import { errorMessage } from '../../src-main/api/error-message';
import type { DeviceKind } from '../../src-main/hardware/device-health';
import { type DeviceLog, silentLog } from '../../src-main/hardware/device-log';
import type { EmulatedDevice, EmulatorProvider } from '../../src-main/hardware/device-settings';
import { DEFAULT_PRINTER_PROFILE, printerProfile } from '../../src-main/hardware/printer/printer-profiles';
import { LineDeviceEmulator } from './line-device-emulator';
import { PrinterEmulator } from './printer-emulator';

/** Printed pages kept on disk for people to look at; older ones are removed. */
const KEEP_PAGES = 50;

/**
 * The emulated devices of a demo kiosk (`npm start` with nothing configured), started on demand
 * by the DeviceManager: a printer on TCP that saves every page as PNG and text, and a scanner
 * and a card reader on pseudo-terminals that anyone can type into:
 *   echo '1.001193' > <dir>/scanner-input
 */
export class EmulatorHost implements EmulatorProvider {
  private printer: PrinterEmulator | null = null;
  private readonly lines = new Map<DeviceKind, LineDeviceEmulator>();
  private pageNo = 0;

  constructor(
    readonly dir: string,
    private readonly log: DeviceLog = silentLog,
    /** Names the printed pages' files. */
    private readonly clock: Clock = systemClock,
  ) {}

  get printedDir(): string {
    return join(this.dir, 'printed');
  }

  inputOf(kind: 'scanner' | 'idReader'): string {
    return join(this.dir, kind === 'scanner' ? 'scanner-input' : 'id-reader-input');
  }

  async start(kind: DeviceKind, printerProfileId?: string): Promise<EmulatedDevice> {
    mkdirSync(this.dir, { recursive: true });
    if (kind === 'printer') return this.startPrinter(printerProfileId ?? DEFAULT_PRINTER_PROFILE);
    await this.lines.get(kind)?.close();
    const device = join(this.dir, kind === 'scanner' ? 'scanner' : 'id-reader');
    const emulator = await new LineDeviceEmulator(device, this.inputOf(kind)).start();
    this.lines.set(kind, emulator);
    this.log.info('emulated device started', { kind, device });
    return { interface: 'serial', address: device };
  }

  /** The emulated scanner or reader, for demos and tests that send on command. */
  lineDevice(kind: 'scanner' | 'idReader'): LineDeviceEmulator | undefined {
    return this.lines.get(kind);
  }

  get printerEmulator(): PrinterEmulator | null {
    return this.printer;
  }

  private async startPrinter(profileId: string): Promise<EmulatedDevice> {
    await this.printer?.close();
    const printer = await PrinterEmulator.tcp(printerProfile(profileId));
    this.printer = printer;
    mkdirSync(this.printedDir, { recursive: true });
    printer.onPage((page) => {
      try {
        const name = `${this.clock.now().toISOString().replace(/[:.]/g, '-')}-${String(++this.pageNo).padStart(4, '0')}`;
        writeFileSync(join(this.printedDir, `${name}.png`), printer.png(page));
        if (page.text) writeFileSync(join(this.printedDir, `${name}.txt`), `${page.text}\n`);
        this.prune();
      } catch (err) {
        this.log.warn('could not save an emulated print', { error: errorMessage(err) });
      }
    });
    this.log.info('emulated printer started', { address: printer.address, profile: profileId });
    return {
      interface: 'tcp',
      address: printer.address,
      nextPagePng: async (timeoutMs) => {
        const page = await printer.nextPage(timeoutMs, (p) => p.cut || p.items.length > 0);
        return page ? printer.png(page) : null;
      },
    };
  }

  private prune(): void {
    const files = readdirSync(this.printedDir).sort();
    const pngs = files.filter((f) => f.endsWith('.png'));
    for (const old of pngs.slice(0, Math.max(0, pngs.length - KEEP_PAGES))) {
      rmSync(join(this.printedDir, old), { force: true });
      rmSync(join(this.printedDir, old.replace(/\.png$/, '.txt')), { force: true });
    }
  }

  async close(): Promise<void> {
    await this.printer?.close();
    this.printer = null;
    for (const emulator of this.lines.values()) await emulator.close();
    this.lines.clear();
  }
}
