import { z } from 'zod';
import type { OutboxItem, OutboxKind } from './outbox-types';

/** How one claimed group of items becomes one request, and what a good answer looks like. */
export interface ItemRoute {
  readonly path: string;
  readonly key: string;
  readonly body: string;
  /** Why a 2xx answer is unusable, or null when it is fine. */
  check(body: unknown): string | null;
}

const DossierAck = z.object({ code: z.string(), receivedAt: z.string(), reference: z.string() });
const FeedbackAck = z.object({ reference: z.string(), receivedAt: z.string() });
const EventsAck = z.object({ accepted: z.number().int().nonnegative() });

function routeFor(kind: OutboxKind, items: readonly OutboxItem[]): ItemRoute {
  const head = items[0] as OutboxItem;
  switch (kind) {
    case 'dossier':
      return {
        path: '/api/v1/dossiers',
        key: head.idempotencyKey,
        body: head.payload ?? 'null',
        check: (body) => {
          const parsed = DossierAck.safeParse(body);
          if (!parsed.success) return 'answer is not {code, receivedAt, reference}';
          return parsed.data.code === head.idempotencyKey ? null : `answer names another dossier (${parsed.data.code.slice(0, 20)})`;
        },
      };
    case 'feedback':
      return {
        path: '/api/v1/feedback',
        key: head.idempotencyKey,
        body: head.payload ?? 'null',
        check: (body) => {
          const parsed = FeedbackAck.safeParse(body);
          if (!parsed.success) return 'answer is not {reference, receivedAt}';
          return parsed.data.reference === head.idempotencyKey
            ? null
            : `answer names another feedback (${parsed.data.reference.slice(0, 20)})`;
        },
      };
    case 'event':
      return {
        path: '/api/v1/events',
        key: head.batchKey ?? head.idempotencyKey,
        // Payloads are stored JSON text: joining them keeps the bytes identical on every retry.
        body: `{"events":[${items.map((i) => i.payload ?? 'null').join(',')}]}`,
        check: (body) => (EventsAck.safeParse(body).success ? null : 'answer is not {accepted}'),
      };
    default: {
      const unknownKind: never = kind;
      throw new Error(`outbox item of unknown kind ${String(unknownKind)}`);
    }
  }
}

export function routeForItems(items: readonly OutboxItem[]): ItemRoute {
  const head = items[0];
  if (!head) throw new Error('routeForItems: no items');
  return routeFor(head.kind, items);
}
