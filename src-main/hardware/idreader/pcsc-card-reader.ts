import type { X509Certificate } from 'node:crypto';
import { createRequire } from 'node:module';
import { errorMessage } from '../../api/error-message';
import type { DeviceLog } from '../device-log';
import type { KeyCandidate } from './cccd/access-keys';
import { type ChipRead, type ChipStep, readCccdChip } from './cccd/read-cccd-chip';
import type { ChipReader } from './chip-reader';
import { ChipError } from './emrtd/chip-error';

type Smartcard = typeof import('smartcard');
type Context = InstanceType<Smartcard['Context']>;
type MonitorEvent = import('smartcard').MonitorEvent;

/** A reader as the technician sees it. */
export interface PcscReaderState {
  readonly name: string;
  readonly cardPresent: boolean;
}

export type PcscEvent =
  | { readonly type: 'reader-attached' | 'reader-detached'; readonly reader: string }
  | { readonly type: 'card-inserted' | 'card-removed'; readonly reader: string };

export interface PcscCardReaderOptions {
  readonly log: DeviceLog;
  /** The binding, for tests of this class without PC/SC; the real `smartcard` by default. */
  readonly binding?: Smartcard;
}

// PC/SC return codes (pcsclite.h) that mean the card went away mid-exchange: removed, no card,
// reset, unresponsive, unpowered, and "not transacted", which contactless readers (and vpcd)
// answer when the card leaves the field during a command.
const REMOVED = new Set([0x80100069, 0x8010000c, 0x80100068, 0x80100066, 0x80100067, 0x80100016]);

function chipErrorOf(error: unknown): ChipError {
  if (error instanceof ChipError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'number' ? (error as { code: number }).code >>> 0 : 0;
  const text = errorMessage(error);
  if (REMOVED.has(code) || /removed|no smart ?card|reset|unpowered|unresponsive|transaction failed/i.test(text)) {
    return new ChipError('card-removed', 'the card left the reader');
  }
  return new ChipError('reader-error', `PC/SC: ${text}`);
}

/**
 * Contactless (or contact) PC/SC readers through the `smartcard` N-API binding: keeps the list of
 * readers and which hold a card, reports them appearing and leaving, and reads a CCCD chip on
 * request. The binding loads on first use, so a kiosk without libpcsclite still starts.
 */
export class PcscCardReader implements ChipReader {
  private binding: Smartcard | null;
  private context: Context | null = null;
  private monitor: InstanceType<Smartcard['ReaderMonitor']> | null = null;
  private readonly readers = new Map<string, boolean>();
  private readonly listeners = new Set<(event: PcscEvent) => void>();
  private busy = false;

  constructor(private readonly options: PcscCardReaderOptions) {
    this.binding = options.binding ?? null;
  }

  private load(): Smartcard {
    if (!this.binding) {
      try {
        this.binding = createRequire(import.meta.url)('smartcard') as Smartcard;
      } catch (error) {
        throw new ChipError('reader-error', `the PC/SC binding did not load: ${errorMessage(error)}`);
      }
    }
    return this.binding;
  }

  /** Starts watching readers and cards. Safe to call again. */
  start(): void {
    if (this.monitor) return;
    const binding = this.load();
    try {
      this.context = new binding.Context();
      this.list(); // no reader yet is fine: the monitor reports one plugged in later
      this.monitor = new binding.ReaderMonitor();
      this.monitor.start((event: MonitorEvent) => this.onMonitor(event));
    } catch (error) {
      this.stop();
      throw chipErrorOf(error);
    }
  }

  private onMonitor(event: MonitorEvent): void {
    if (event.type === 'error') {
      this.options.log.warn('pc/sc monitor error', { error: event.reader });
      return;
    }
    if (event.type === 'reader-detached') this.readers.delete(event.reader);
    else this.readers.set(event.reader, event.type === 'card-inserted');
    this.options.log.info('pc/sc', { event: event.type, reader: event.reader });
    for (const listener of this.listeners) listener({ type: event.type, reader: event.reader });
  }

  onEvent(listener: (event: PcscEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  list(): PcscReaderState[] {
    if (this.context?.isValid) {
      const binding = this.load();
      try {
        for (const reader of this.context.listReaders()) {
          this.readers.set(reader.name, (reader.state & binding.SCARD_STATE_PRESENT) !== 0);
        }
      } catch {
        // keep what the monitor last said
      }
    }
    return [...this.readers].map(([name, cardPresent]) => ({ name, cardPresent }));
  }

  /** The first reader holding a card, or null. */
  readerWithCard(): string | null {
    return this.list().find((r) => r.cardPresent)?.name ?? null;
  }

  /**
   * Reads the CCCD chip in `readerName` (or the first reader holding a card). One read at a
   * time: a second request while one runs is refused rather than interleaved on the card.
   */
  async read(
    candidates: readonly KeyCandidate[],
    options: { trusted: readonly X509Certificate[]; onStep?: (step: ChipStep) => void; readerName?: string; skipFace?: boolean },
  ): Promise<ChipRead> {
    if (this.busy) throw new ChipError('reader-error', 'the reader is already reading a card');
    const binding = this.load();
    this.busy = true;
    let card: Awaited<ReturnType<ReturnType<Context['listReaders']>[number]['connect']>> | null = null;
    try {
      const context = this.context?.isValid ? this.context : new binding.Context();
      this.context = context;
      const readers = context.listReaders();
      const reader = options.readerName
        ? readers.find((r) => r.name === options.readerName)
        : readers.find((r) => (r.state & binding.SCARD_STATE_PRESENT) !== 0);
      if (!reader) throw new ChipError('card-removed', 'no card on any reader');
      card = await reader.connect(binding.SCARD_SHARE_SHARED, binding.SCARD_PROTOCOL_T0 | binding.SCARD_PROTOCOL_T1);
      const connected = card;
      const transmit = async (apdu: Buffer) => {
        let answer: Buffer;
        try {
          answer = await connected.transmit(apdu, { maxRecvLength: 4096, autoGetResponse: true });
        } catch (error) {
          throw chipErrorOf(error);
        }
        // An answer without a status word is the card falling silent: vpcd and some readers
        // report a card leaving the field mid-command this way, before PC/SC's next poll says it
        // is gone. For the citizen the advice is the same: keep the card still and try again.
        if (answer.length < 2) throw new ChipError('card-removed', 'the card stopped answering');
        return answer;
      };
      return await readCccdChip(transmit, candidates, {
        trusted: options.trusted,
        ...(options.onStep ? { onStep: options.onStep } : {}),
        ...(options.skipFace ? { skipFace: true } : {}),
      });
    } catch (error) {
      throw chipErrorOf(error);
    } finally {
      this.busy = false;
      try {
        card?.disconnect(binding.SCARD_RESET_CARD);
      } catch {
        // the card may already be gone
      }
    }
  }

  stop(): void {
    try {
      this.monitor?.stop();
    } catch {
      // stopping twice is fine
    }
    this.monitor = null;
    try {
      this.context?.close();
    } catch {
      // already closed
    }
    this.context = null;
  }
}
