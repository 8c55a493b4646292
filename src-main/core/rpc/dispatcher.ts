import { channels, isChannelName } from '../../api/contract';
import { errorMessage } from '../../api/error-message';
import { ApiError, isApiError } from '../../api/errors';
import type { Reply } from '../../api/wire';
import { isDiskFull } from '../db/disk-full';
import { runWithCorrelationId } from '../logging/correlation';
import type { Logger } from '../logging/logger';
import type { Handler, Handlers } from './handlers';
import type { Session } from './session';

function describeIssues(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * The one door into the core for every shell: checks the channel, the caller's role and the
 * arguments, runs the handler, and checks the result. Whatever happens it answers with a
 * `Reply`; it never throws, so a bad message can never bring the main process down.
 */
export function createDispatcher(handlers: Handlers, log: Logger) {
  return async function dispatch(session: Session, channel: unknown, args: unknown): Promise<Reply> {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'unknown-channel', message: `unknown channel: ${String(channel).slice(0, 100)}` } };
    }
    const spec = channels[channel];
    if (!spec.roles.includes(session.role)) {
      return { ok: false, error: { code: 'forbidden', message: `${channel} is not allowed for role ${session.role}` } };
    }
    const parsedArgs = spec.args.safeParse(args ?? {});
    if (!parsedArgs.success) {
      return { ok: false, error: { code: 'bad-request', message: `${channel}: ${describeIssues(parsedArgs.error)}` } };
    }
    const callLog = log.withCorrelation(session.correlationId);
    try {
      // The map type ties each channel to its own handler; indexing by a union loses that link.
      const handler = handlers[channel] as Handler<typeof channel>;
      const result = await runWithCorrelationId(session.correlationId, () => handler(parsedArgs.data as never, { session, log: callLog }));
      const parsedResult = spec.result.safeParse(result);
      if (!parsedResult.success) {
        callLog.error('handler returned a result outside the contract', { channel, issues: describeIssues(parsedResult.error) });
        return { ok: false, error: { code: 'internal', message: `${channel}: internal error` } };
      }
      return { ok: true, result: parsedResult.data };
    } catch (err) {
      if (isApiError(err)) return { ok: false, error: err.toShape() };
      if (isDiskFull(err)) {
        // Every durable write is one transaction, so a full disk kept nothing of this request.
        callLog.error('disk full: the request was not saved', { channel, error: errorMessage(err) });
        return {
          ok: false,
          error: { code: 'storage-full', message: 'the kiosk cannot save right now: its disk is full; nothing was kept' },
        };
      }
      callLog.error('handler failed', { channel, error: errorMessage(err) });
      return { ok: false, error: new ApiError('internal', `${channel}: internal error`).toShape() };
    }
  };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
