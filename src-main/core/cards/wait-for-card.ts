import type { ChipReader } from '../../hardware/idreader/chip-reader';
import type { Timers } from '../outbox/center-client';

/** How often the readers are looked at again, in case a PC/SC event was missed. */
const POLL_MS = 250;

export interface CardWait {
  /** The reader holding a card, or null when cancelled or timed out (`reason`). */
  readonly result: Promise<{ reader: string } | { reader: null; reason: 'cancelled' | 'no-card' }>;
  cancel(): void;
}

/** Waits until a reader reports a card, up to `timeoutMs`. */
export function waitForCard(reader: ChipReader, timers: Timers, timeoutMs: number): CardWait {
  let settle: (value: Awaited<CardWait['result']>) => void = () => {};
  const handles: unknown[] = [];
  let stopEvents = () => {};
  let done = false;
  const finish = (value: Awaited<CardWait['result']>) => {
    if (done) return;
    done = true;
    stopEvents();
    for (const h of handles) timers.clearTimeout(h);
    settle(value);
  };
  const result = new Promise<Awaited<CardWait['result']>>((resolve) => {
    settle = resolve;
  });
  const look = () => {
    const name = reader.readerWithCard();
    if (name) finish({ reader: name });
    else if (!done) handles.push(timers.setTimeout(look, POLL_MS));
  };
  stopEvents = reader.onEvent((event) => {
    if (event.type === 'card-inserted') finish({ reader: event.reader });
  });
  handles.push(timers.setTimeout(() => finish({ reader: null, reason: 'no-card' }), timeoutMs));
  look();
  return { result, cancel: () => finish({ reader: null, reason: 'cancelled' }) };
}
