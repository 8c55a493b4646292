import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorMessage } from '../../api/error-message';
import { ApiError } from '../../api/errors';
import {
  CounterAction,
  CounterSignIn,
  HALL_KIOSK_HEADER,
  HALL_KIOSK_IDS_HEADER,
  type HallDeviceKind,
  HallIssueRequest,
  HallStandingRequest,
  HallTicketStandingRequest,
  OfflineHandover,
  type PairedDevice,
  PairRequest,
} from '../../api/hall';
import type { HallFeature } from '../../core/hall/compose-hall';
import type { Logger } from '../../core/logging/logger';
import { bearerToken, readBody, sendError, sendResult } from './http-json';
import { RateLimiter } from './rate-limit';

type Headers = Readonly<Record<string, string>>;

/** Requests per second a device may make, by kind: a kiosk issues in bursts, a desk clicks. */
const DEVICE_LIMITS: Readonly<Record<HallDeviceKind, { perSecond: number; burst: number }>> = {
  kiosk: { perSecond: 100, burst: 200 },
  counter: { perSecond: 10, burst: 30 },
  display: { perSecond: 5, burst: 20 },
};

function requireKind(device: PairedDevice, ...kinds: HallDeviceKind[]): void {
  if (!kinds.includes(device.kind)) throw new ApiError('forbidden', `a ${device.kind} device may not do this`);
}

/**
 * The hall's HTTP API under `/api/hall/` (docs/hall.md, "The hall channel"): pairing without a
 * token, everything else with a device token, counter actions with a staff PIN session too.
 */
export function createHallApi(hall: HallFeature, log: Logger) {
  const pairLimit = new RateLimiter({ perSecond: 0.2, burst: 5 }, hall.clock);
  const limits = new Map(Object.entries(DEVICE_LIMITS).map(([kind, l]) => [kind, new RateLimiter(l, hall.clock)]));

  function device(req: IncomingMessage): PairedDevice {
    const found = hall.pairing.verify(bearerToken(req));
    if (!found) throw new ApiError('unauthorized', 'this device is not paired with the hall host (or was revoked)');
    // A member reports the kiosk id its QR codes print with every request: the host keeps it fresh.
    const reported = req.headers[HALL_KIOSK_HEADER];
    if (reported !== undefined) {
      if (found.kind !== 'kiosk' || typeof reported !== 'string')
        throw new ApiError('bad-request', `only a kiosk sends one ${HALL_KIOSK_HEADER}`);
      hall.kiosks.record(found.id, reported);
    }
    return found;
  }

  function session(req: IncomingMessage, d: PairedDevice) {
    requireKind(d, 'counter');
    const id = req.headers['x-hall-session'];
    return hall.sessions.check(typeof id === 'string' ? id : '', d.id);
  }

  async function route(req: IncomingMessage, path: string, address: string): Promise<unknown> {
    const method = req.method ?? 'GET';
    if (path === '/api/hall/pair' && method === 'POST') {
      if (!pairLimit.take(address)) throw new RateLimited();
      const body = await readBody(req, PairRequest);
      return hall.pairing.pair(body.code, body.kind, body.name, body.kioskId);
    }
    const d = device(req);
    if (!limits.get(d.kind)?.take(d.id)) throw new RateLimited();
    switch (`${method} ${path}`) {
      case 'GET /api/hall/board':
        return hall.queue.board();
      case 'GET /api/hall/services':
        return hall.queue.services.active().map((s) => ({ id: s.id, prefix: s.prefix, names: s.names, counters: s.counters }));
      case 'POST /api/hall/counter/session': {
        requireKind(d, 'counter');
        const body = await readBody(req, CounterSignIn);
        return hall.sessions.signIn(d.id, body.pin, body.counter);
      }
      case 'DELETE /api/hall/counter/session': {
        hall.sessions.signOut(session(req, d).session);
        return { signedOut: true };
      }
      case 'GET /api/hall/counter/state':
        return hall.queue.counterState(session(req, d).counter);
      case 'POST /api/hall/counter/action': {
        const { counter } = session(req, d);
        const body = await readBody(req, CounterAction);
        // Desks and kiosks that ask together share one commit; a desk's action alone needs no fsync (hall-queue.ts, soon).
        return hall.queue.soon(() => act(counter, body), 'relaxed');
      }
      case 'POST /api/hall/issue': {
        requireKind(d, 'kiosk');
        const body = await readBody(req, HallIssueRequest);
        const ticket = await hall.queue.soon((queue) => queue.issue({ serviceId: body.serviceId, priority: body.priority, kioskId: d.id }));
        // How it stands in the hall's line, for the member's screen and paper.
        const standing = hall.queue.standing(ticket);
        return { ...ticket, waitingAhead: standing?.waitingAhead ?? 0, estimatedWaitMin: standing?.estimatedWaitMin ?? null };
      }
      case 'POST /api/hall/standing': {
        requireKind(d, 'kiosk');
        const body = await readBody(req, HallStandingRequest);
        return hall.standings.standingFor(d.id, body.day, body.number, body.kiosk);
      }
      case 'POST /api/hall/ticket-standing': {
        requireKind(d, 'kiosk');
        const body = await readBody(req, HallTicketStandingRequest);
        return hall.standings.standingOfAny(body.kiosk, body.day, body.number);
      }
      case 'POST /api/hall/handover': {
        requireKind(d, 'kiosk');
        const body = await readBody(req, OfflineHandover);
        return hall.queue.soon((queue) => queue.handOver(d.id, body.tickets));
      }
      default:
        throw new ApiError('not-found', 'no such hall endpoint');
    }
  }

  function act(counter: number, body: CounterAction) {
    switch (body.action) {
      case 'call-next':
        return { ticket: hall.queue.callNext(counter) };
      case 'recall':
        return { ticket: hall.queue.recall(counter) };
      case 'served':
      case 'no-show':
        return { ticket: hall.queue.close(counter, body.action) };
      case 'transfer':
        return {
          ticket: hall.queue.transfer(
            counter,
            body.serviceId !== undefined ? { serviceId: body.serviceId } : { counter: body.counter as number },
          ),
        };
      default: {
        const unhandled: never = body;
        throw new Error(`unhandled counter action ${JSON.stringify(unhandled)}`);
      }
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse, path: string, securityHeaders: Headers): Promise<void> {
    // Every answer says this host knows kiosk ids: a member tells it from a host of an older version.
    const headers = { ...securityHeaders, [HALL_KIOSK_IDS_HEADER]: '1' };
    try {
      sendResult(res, await route(req, path, req.socket.remoteAddress ?? ''), headers);
    } catch (err) {
      if (err instanceof RateLimited) {
        sendError(res, new ApiError('unavailable', 'too many requests: slow down'), { ...headers, 'Retry-After': '1' }, 429);
        return;
      }
      if (!(err instanceof ApiError)) log.error('hall request failed', { path, error: errorMessage(err) });
      sendError(res, err, headers);
      // A body we stopped reading would otherwise keep the connection busy.
      if (!req.complete) req.destroy();
    }
  };
}

class RateLimited extends Error {}
