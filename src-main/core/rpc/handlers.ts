import type { z } from 'zod';
import type { ChannelName, ChannelResult, Channels } from '../../api/contract';
import type { Logger } from '../logging/logger';
import type { Session } from './session';

export interface CallContext {
  readonly session: Session;
  readonly log: Logger;
}

export type Handler<C extends ChannelName> = (
  args: z.output<Channels[C]['args']>,
  ctx: CallContext,
) => ChannelResult<C> | Promise<ChannelResult<C>>;

/** One handler for every channel of the contract: the type makes a missing one a compile error. */
export type Handlers = { [C in ChannelName]: Handler<C> };
export type PartialHandlers<K extends ChannelName> = { [C in K]: Handler<C> };
