import type { z } from 'zod';
import { devicesChannels, devicesEvents } from './channels/devices';
import { scanChannels, scanEvents } from './channels/scan';
import { systemChannels, systemEvents } from './channels/system';
import type { ChannelSpec, EventSpec } from './define';

/**
 * The whole API between the renderer and the main process, declared once. Each feature keeps its
 * channels in `channels/<feature>.ts`; this file only joins them.
 */
export const channels = {
  ...systemChannels,
  ...devicesChannels,
  ...scanChannels,
} as const satisfies Record<string, ChannelSpec>;

export const events = {
  ...systemEvents,
  ...devicesEvents,
  ...scanEvents,
} as const satisfies Record<string, EventSpec>;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelArgs<C extends ChannelName> = z.input<Channels[C]['args']>;
export type ChannelResult<C extends ChannelName> = z.output<Channels[C]['result']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
