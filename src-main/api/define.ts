import type { z } from 'zod';
import type { Role } from './roles';

/** One request/response channel: its argument and result schemas and who may call it. */
export interface ChannelSpec<A extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly args: A;
  readonly result: R;
  readonly roles: readonly Role[];
}

/** One event pushed from main to the renderer. */
export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly payload: P;
}

export function channel<A extends z.ZodType, R extends z.ZodType>(spec: ChannelSpec<A, R>): ChannelSpec<A, R> {
  return spec;
}

export function event<P extends z.ZodType>(payload: P): EventSpec<P> {
  return { payload };
}
