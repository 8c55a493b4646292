import { type Clock, systemClock } from '../api/center-clock';
import type { ConfiguredDevice, DeviceListing, SerialPortInfo } from '../api/channels/devices';
import { errorMessage } from '../api/error-message';
import { Mutex } from '../api/mutex';
import { DeviceError } from './device-error';
import type { DeviceHealth, DeviceInterface, DeviceKind } from './device-health';
import type { DeviceLog } from './device-log';
import type { DeviceSettings, EmulatedDevice, EmulatorProvider, LineDeviceSettings, PrinterSettings } from './device-settings';
import { NO_DEVICES } from './device-settings';
import type { Devices, PrintOutcome, RawScan } from './devices';
import { HealthTracker } from './health-tracker';
import { jsonCardReader } from './idreader/json-card-reader';
import type { ByteLink } from './link/byte-link';
import { checkFileDevice } from './link/file-device-policy';
import { FileLink } from './link/file-link';
import { SerialLink } from './link/serial-link';
import { TcpLink } from './link/tcp-link';
import { EscPosPrinter } from './printer/escpos-printer';
import type { PrintDocument } from './printer/print-document';
import { DEFAULT_PRINTER_PROFILE, printerProfile } from './printer/printer-profiles';
import { healthAfter, PrinterService, type PrinterServiceOptions } from './printer/printer-service';
import type { SerialLineDevice } from './scanner/serial-line-device';
import { serialScanner } from './scanner/serial-scanner';
import { listSerialPorts } from './serial-ports';

export interface DeviceManagerOptions {
  readonly log: DeviceLog;
  readonly clock?: Clock;
  /** Emulated devices for `interface: emulator`; without it such devices are not configured. */
  readonly emulators?: EmulatorProvider;
  readonly listPorts?: () => Promise<SerialPortInfo[]>;
  /** The folder (the data dir's emulator folder) where a file may stand in for a `usb` printer. */
  readonly fileDeviceDir?: string;
  readonly printer?: Partial<Omit<PrinterServiceOptions, 'log' | 'clock'>>;
}

const KINDS: readonly DeviceKind[] = ['printer', 'scanner', 'idReader'];
const DEFAULT_LINE_BAUD = 9600;

interface Slot {
  settings: LineDeviceSettings | PrinterSettings;
  address: string;
  emulated: EmulatedDevice | null;
  printer: PrinterService | null;
  line: SerialLineDevice | null;
  stopHealth: (() => void) | null;
}

/**
 * Opens the kiosk's devices from settings, reports their health as events, and keeps every
 * fault inside: a device that fails, vanishes or talks nonsense changes its health, never the
 * app. Settings can change at any time; only the devices whose settings changed are reopened.
 */
export class DeviceManager implements Devices {
  private readonly clock: Clock;
  private readonly trackers = new Map<DeviceKind, HealthTracker>();
  private readonly slots = new Map<DeviceKind, Slot>();
  private readonly healthListeners = new Set<(h: DeviceHealth) => void>();
  private readonly scanListeners = new Set<(s: RawScan) => void>();
  private readonly cardListeners = new Set<(payload: string) => void>();
  private readonly reconfiguring = new Mutex();
  private closed = false;

  constructor(private readonly options: DeviceManagerOptions) {
    this.clock = options.clock ?? systemClock;
    for (const kind of KINDS) {
      const tracker = new HealthTracker(kind, this.clock, 'not-configured', 'not configured');
      tracker.onChange((h) => this.announce(h));
      this.trackers.set(kind, tracker);
    }
  }

  /** Resolves when every settings change so far has been applied (tests, CLI). */
  settled(): Promise<void> {
    return this.reconfiguring.idle();
  }

  configure(settings: DeviceSettings): void {
    for (const kind of KINDS) {
      const wanted = settings[kind] ?? NO_DEVICES[kind];
      const current = this.slots.get(kind)?.settings;
      if (current && JSON.stringify(current) === JSON.stringify(wanted)) continue;
      void this.reconfiguring.run(async () => {
        try {
          await this.reopen(kind, wanted);
        } catch (err) {
          this.options.log.error('device setup failed', { kind, error: errorMessage(err) });
          this.tracker(kind).set('error', errorMessage(err));
        }
      });
    }
  }

  private tracker(kind: DeviceKind): HealthTracker {
    return this.trackers.get(kind) as HealthTracker;
  }

  private announce(h: DeviceHealth): void {
    this.options.log.info('device health', { kind: h.kind, state: h.state, reason: h.reason ?? '' });
    for (const l of this.healthListeners) {
      try {
        l(h);
      } catch (err) {
        this.options.log.error('health listener failed', { error: errorMessage(err) });
      }
    }
  }

  private async reopen(kind: DeviceKind, settings: LineDeviceSettings | PrinterSettings): Promise<void> {
    await this.shut(kind);
    if (this.closed) return;
    const slot: Slot = { settings, address: settings.address, emulated: null, printer: null, line: null, stopHealth: null };
    this.slots.set(kind, slot);
    const tracker = this.tracker(kind);
    let iface: DeviceInterface = settings.interface;
    let address = settings.address.trim();
    if (iface === 'none') {
      tracker.set('not-configured', 'not configured');
      return;
    }
    if (iface === 'emulator') {
      if (!this.options.emulators) {
        tracker.set('not-configured', 'no emulator in this shell');
        return;
      }
      try {
        slot.emulated = await this.options.emulators.start(kind, 'profile' in settings ? settings.profile : undefined);
      } catch (err) {
        tracker.set('error', `emulator unavailable: ${errorMessage(err)}`);
        return;
      }
      iface = slot.emulated.interface;
      address = slot.emulated.address;
      slot.address = address;
    }
    if (!address) {
      tracker.set('not-configured', `${iface} needs an address (port, host:port or device file)`);
      return;
    }
    if (kind !== 'printer' && iface !== 'serial') {
      tracker.set('not-configured', `${kind === 'scanner' ? 'scanners' : 'card readers'} connect over serial`);
      return;
    }
    if (iface === 'usb') {
      const checked = await checkFileDevice(address, this.options.fileDeviceDir);
      if (!checked.ok) {
        this.options.log.warn('printer device file refused', { reason: checked.reason });
        tracker.set('not-configured', checked.reason);
        return;
      }
    }
    tracker.set('offline', 'connecting');
    if (kind === 'printer') this.openPrinter(slot, settings as PrinterSettings, iface, address);
    else this.openLineDevice(kind, slot, settings, address);
  }

  private link(iface: DeviceInterface, address: string, baud: number): ByteLink {
    if (iface === 'serial') return new SerialLink(address, baud);
    if (iface === 'tcp') return new TcpLink(address);
    if (iface === 'usb') return new FileLink(address, this.options.fileDeviceDir);
    throw new DeviceError('not-configured', `no link for interface ${iface}`);
  }

  private openPrinter(slot: Slot, settings: PrinterSettings, iface: DeviceInterface, address: string): void {
    const tracker = this.tracker('printer');
    let profile: ReturnType<typeof printerProfile>;
    try {
      profile = printerProfile(settings.profile || DEFAULT_PRINTER_PROFILE);
    } catch (err) {
      tracker.set('not-configured', errorMessage(err));
      return;
    }
    const baud = settings.baudRate || profile.baudRate;
    let link: ByteLink;
    try {
      link = this.link(iface, address, baud);
    } catch (err) {
      tracker.set('not-configured', errorMessage(err));
      return;
    }
    const service = new PrinterService(new EscPosPrinter(link, profile, { baudRate: baud, clock: this.clock }), {
      ...this.options.printer,
      log: this.options.log,
      clock: this.clock,
    });
    slot.printer = service;
    slot.stopHealth = service.health.onChange((h) => tracker.set(h.state, h.reason));
    service.start();
  }

  private openLineDevice(kind: DeviceKind, slot: Slot, settings: LineDeviceSettings, address: string): void {
    const link = new SerialLink(address, settings.baudRate || DEFAULT_LINE_BAUD);
    const common = { log: this.options.log, clock: this.clock };
    const device =
      kind === 'scanner'
        ? serialScanner(link, common, (scan) => this.emitScan(scan))
        : jsonCardReader(link, common, (payload) => this.emitCard(payload));
    slot.line = device;
    slot.stopHealth = device.health.onChange((h) => this.tracker(kind).set(h.state, h.reason));
    device.start();
  }

  private emitScan(scan: RawScan): void {
    for (const l of this.scanListeners) {
      try {
        l(scan);
      } catch (err) {
        this.options.log.error('scan listener failed', { error: errorMessage(err) });
      }
    }
  }

  private emitCard(payload: string): void {
    for (const l of this.cardListeners) {
      try {
        l(payload);
      } catch (err) {
        this.options.log.error('card listener failed', { error: errorMessage(err) });
      }
    }
  }

  private async shut(kind: DeviceKind): Promise<void> {
    const slot = this.slots.get(kind);
    if (!slot) return;
    this.slots.delete(kind);
    slot.stopHealth?.();
    await slot.printer?.close().catch(() => undefined);
    await slot.line?.close().catch(() => undefined);
  }

  async print(doc: PrintDocument, onHandOff?: () => void): Promise<void> {
    await this.reconfiguring.idle();
    // Stopping (the kiosk closing, an update): the printer is away for now, not unconfigured, so
    // a queued job waits for the next start instead of ending as "not configured".
    if (this.closed) throw new DeviceError('offline', 'the devices are closing');
    const printer = this.slots.get('printer')?.printer;
    if (!printer) throw new DeviceError('not-configured', this.tracker('printer').get().reason ?? 'no printer configured');
    await printer.send(doc, onHandOff);
  }

  nextPagePng(timeoutMs: number): Promise<Uint8Array | null> | null {
    return this.slots.get('printer')?.emulated?.nextPagePng?.(timeoutMs) ?? null;
  }

  /**
   * The technician CLI's test page: sent once, now, outside the kiosk's print queue (a diagnostic
   * of the printer as it is this moment), with the emulator's picture of it.
   */
  async testPrint(doc: PrintDocument): Promise<{ outcome: PrintOutcome; preview?: Uint8Array }> {
    await this.reconfiguring.idle();
    const page = this.nextPagePng(30_000);
    const jobId = `test-${this.clock.now().getTime()}`;
    let sent = false;
    try {
      await this.print(doc, () => {
        sent = true;
      });
    } catch (err) {
      // Nothing went out: the caller hears why. Sent but unconfirmed: it is not sent again.
      if (!sent) throw err;
      return { outcome: { jobId, state: 'failed', reason: healthAfter(err instanceof DeviceError ? err.code : 'io') } };
    }
    const preview = page ? await page : null;
    return preview ? { outcome: { jobId, state: 'printed' }, preview } : { outcome: { jobId, state: 'printed' } };
  }

  health(): readonly DeviceHealth[] {
    return KINDS.map((k) => this.tracker(k).get());
  }

  async list(): Promise<DeviceListing> {
    await this.reconfiguring.idle();
    let ports: SerialPortInfo[] = [];
    try {
      ports = await (this.options.listPorts ?? listSerialPorts)();
    } catch (err) {
      this.options.log.warn('listing serial ports failed', { error: errorMessage(err) });
    }
    const devices: ConfiguredDevice[] = KINDS.map((kind) => {
      const slot = this.slots.get(kind);
      const settings: LineDeviceSettings & { profile?: string } = slot?.settings ?? NO_DEVICES[kind];
      return {
        kind,
        interface: settings.interface,
        address: slot?.address ?? settings.address,
        ...(settings.profile ? { profile: settings.profile } : {}),
        health: this.tracker(kind).get(),
      };
    });
    return { ports, devices };
  }

  onHealth(listener: (h: DeviceHealth) => void): () => void {
    this.healthListeners.add(listener);
    return () => this.healthListeners.delete(listener);
  }

  onScan(listener: (s: RawScan) => void): () => void {
    this.scanListeners.add(listener);
    return () => this.scanListeners.delete(listener);
  }

  onIdCard(listener: (payload: string) => void): () => void {
    this.cardListeners.add(listener);
    return () => this.cardListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.reconfiguring.idle();
    for (const kind of KINDS) await this.shut(kind);
    this.healthListeners.clear();
    this.scanListeners.clear();
    this.cardListeners.clear();
  }
}
