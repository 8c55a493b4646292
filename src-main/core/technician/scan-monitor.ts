import type { Clock } from '../../api/center-clock';
import type { ClassifiedScan, ScanSource } from '../../api/channels/scan';
import type { ScanTestEntry } from '../../api/channels/technician';
import type { Devices } from '../../hardware/devices';
import { maskValue, redactText } from '../logging/redact';
import type { EventBus } from '../rpc/event-bus';
import { classifyScan } from '../scan/classify-scan';

const KEEP = 10;
const SHOW_CHARS = 400;
const CONTROL_PICTURES: Record<string, string> = { '\r': '␍', '\n': '␊', '\t': '␉', '\u001b': '␛', '\u0000': '␀' };

/** Control and invisible characters made visible: a scanner that adds a prefix or a CR shows it. */
export function visiblePayload(text: string): string {
  const shown = [...text.slice(0, SHOW_CHARS)]
    .map((ch) => {
      if (CONTROL_PICTURES[ch]) return CONTROL_PICTURES[ch];
      const code = ch.codePointAt(0) ?? 0;
      if (/[\p{Cc}\p{Cf}\p{Cs}]/u.test(ch)) return `\\u{${code.toString(16)}}`;
      return ch;
    })
    .join('');
  return text.length > SHOW_CHARS ? `${shown}…` : shown;
}

/** A citizen ID card's fields, each masked: the layout shows, the person does not. */
function maskedCard(text: string): string {
  return text
    .replace(/[\r\n]+$/, '')
    .split('|')
    .map((field) => (field === '' ? '' : maskValue(field)))
    .join('|');
}

function describe(scan: ClassifiedScan): { kind: ScanTestEntry['kind']; detail: string } {
  switch (scan.kind) {
    case 'procedure':
    case 'dossier':
      return { kind: scan.kind, detail: scan.code };
    case 'cccd':
      return { kind: 'cccd', detail: `${maskValue(scan.idNumber)} · ${maskValue(scan.fullName)}` };
    case 'ticket':
      return { kind: 'ticket', detail: `${scan.number} · ${scan.day} · ${scan.kiosk}` };
    case 'unknown':
      return { kind: 'unknown', detail: scan.reason };
    default: {
      const unhandled: never = scan;
      throw new Error(`unhandled scan kind ${JSON.stringify(unhandled)}`);
    }
  }
}

/**
 * Keeps the last few scans and card reads for the technician's test screens, in memory only
 * and already masked: a citizen's card read while the screen is open never shows in clear.
 */
export class ScanMonitor {
  private readonly entries: ScanTestEntry[] = [];
  private readonly stops: (() => void)[] = [];

  constructor(deps: Readonly<{ devices?: Devices; bus: EventBus; clock: Clock }>) {
    if (deps.devices) {
      this.stops.push(deps.devices.onScan((raw) => this.record(raw.source, raw.at, raw.payload)));
      this.stops.push(deps.devices.onIdCard((payload) => this.record('idReader', deps.clock.now().toISOString(), payload)));
    }
    // Scans the screen itself caught (keyboard-wedge scanner, camera) are known by their kind only.
    this.stops.push(
      deps.bus.onAny((event, payload) => {
        if (event !== 'scan.onScan') return;
        const e = payload as { source: ScanSource; at: string; scan: ClassifiedScan };
        if (e.source !== 'wedge' && e.source !== 'camera') return;
        this.push({ source: e.source, at: e.at, payload: null, length: null, ...describe(e.scan) });
      }),
    );
  }

  private record(source: ScanSource, at: string, payload: string): void {
    const scan = classifyScan(payload);
    const shown = scan.kind === 'cccd' ? maskedCard(payload) : redactText(payload, '');
    this.push({ source, at, payload: visiblePayload(shown), length: payload.length, ...describe(scan) });
  }

  private push(entry: ScanTestEntry): void {
    this.entries.unshift(entry);
    this.entries.length = Math.min(this.entries.length, KEEP);
  }

  recent(): ScanTestEntry[] {
    return [...this.entries];
  }

  close(): void {
    for (const stop of this.stops.splice(0)) stop();
  }
}
