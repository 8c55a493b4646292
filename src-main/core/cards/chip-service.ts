import { performance } from 'node:perf_hooks';
import type { Clock } from '../../api/center-clock';
import type { CardsStatus, ChipFailure, ChipReadOutcome, ChipStep } from '../../api/channels/cards';
import { errorMessage } from '../../api/error-message';
import { ApiError } from '../../api/errors';
import {
  accessKeyCandidates,
  ChipError,
  type ChipRead,
  type ChipReader,
  type KeyCandidate,
  parseTd1,
} from '../../hardware/idreader/chip-reader';
import type { Logger } from '../logging/logger';
import type { Timers } from '../outbox/center-client';
import type { TrustStore } from './trust-store';
import { type CardWait, waitForCard } from './wait-for-card';

export interface ChipServiceOptions {
  readonly reader: ChipReader | undefined;
  readonly trust: TrustStore;
  readonly log: Logger;
  readonly clock: Clock;
  readonly timers: Timers;
  readonly onStep: (step: ChipStep) => void;
  /** How long the citizen has to put the card on the reader (default 60 s). */
  readonly waitMs?: number;
}

type LastRead = NonNullable<CardsStatus['lastRead']>;

/**
 * Reads the citizen's CCCD chip for the screens: waits for the card, opens it with the key from
 * the printed QR (or a typed MRZ), and answers with the chip's data and whether passive
 * authentication passed. The log and `status` keep the outcome, the key rule and the timings,
 * never the data or the photo.
 */
export class ChipService {
  private problem: string | null = null;
  private wait: CardWait | null = null;
  private busy = false;
  private last: LastRead | null = null;
  private startedAt = 0;

  constructor(private readonly options: ChipServiceOptions) {}

  start(): void {
    if (!this.options.reader) {
      this.problem = 'no chip reader in this kiosk';
      return;
    }
    try {
      this.options.reader.start();
      this.problem = null;
    } catch (error) {
      this.problem = errorMessage(error);
      this.options.log.warn('chip reader unavailable', { problem: this.problem });
    }
  }

  available(): boolean {
    return !this.problem && (this.options.reader?.list().length ?? 0) > 0;
  }

  readWithQr(args: { idNumber: string; dateOfBirth: string; issueDate: string }): Promise<ChipReadOutcome> {
    return this.run(accessKeyCandidates(args), args.idNumber);
  }

  readWithMrz(mrz: string): Promise<ChipReadOutcome> {
    const parsed = parseTd1(mrz);
    if (!parsed.ok) throw new ApiError('bad-request', `the MRZ is not a valid ID card MRZ (${parsed.problem})`);
    const { documentNumber, dateOfBirth, dateOfExpiry } = parsed.mrz;
    return this.run([{ fields: { documentNumber, dateOfBirth, dateOfExpiry }, rule: 'typed-mrz' }], null);
  }

  cancel(): boolean {
    if (!this.wait) return false;
    this.wait.cancel();
    return true;
  }

  status(): CardsStatus {
    let readers: CardsStatus['readers'] = [];
    try {
      readers = this.options.reader && !this.problem ? this.options.reader.list() : [];
    } catch {
      readers = [];
    }
    return { available: this.available(), problem: this.problem, readers, lastRead: this.last, trust: this.options.trust.list() };
  }

  private record(outcome: LastRead['outcome'], read: ChipRead | null): void {
    this.last = {
      at: this.options.clock.now().toISOString(),
      outcome,
      failures: read ? [...read.passive.failures] : [],
      keyRule: read?.keyRule ?? null,
      durationMs: this.startedAt ? performance.now() - this.startedAt : 0,
      timings: read ? { ...read.timings } : null,
    };
    this.options.log.info('chip read', { outcome, keyRule: this.last.keyRule, failures: this.last.failures, timings: this.last.timings });
  }

  private fail(reason: ChipFailure): ChipReadOutcome {
    if (reason !== 'busy') this.record(reason, null);
    return { ok: false, reason };
  }

  private async run(candidates: KeyCandidate[], expectedId: string | null): Promise<ChipReadOutcome> {
    const reader = this.options.reader;
    if (!reader || this.problem) return this.fail('no-reader');
    if (this.busy) return this.fail('busy');
    this.busy = true;
    try {
      this.options.onStep('waiting');
      this.wait = waitForCard(reader, this.options.timers, this.options.waitMs ?? 60_000);
      const found = await this.wait.result;
      this.wait = null;
      this.startedAt = 0;
      if (found.reader === null) return this.fail(found.reason);
      this.startedAt = performance.now();
      let read: ChipRead;
      try {
        read = await reader.read(candidates, {
          trusted: this.options.trust.certificates(),
          onStep: this.options.onStep,
          readerName: found.reader,
        });
      } catch (error) {
        if (error instanceof ChipError) return this.fail(error.code);
        throw error;
      }
      if (expectedId !== null && read.dg13.idNumber !== expectedId) {
        this.record('other-card', read);
        return { ok: false, reason: 'other-card' };
      }
      this.record(read.passive.ok ? 'verified' : 'not-verified', read);
      return {
        ok: true,
        verified: read.passive.ok,
        failures: [...read.passive.failures],
        identity: { ...read.dg13 },
        photo: read.face?.mime === 'image/jpeg' ? `data:image/jpeg;base64,${read.face.data.toString('base64')}` : null,
      };
    } finally {
      this.wait = null;
      this.busy = false;
    }
  }

  close(): void {
    this.wait?.cancel();
    this.options.reader?.stop();
  }
}
