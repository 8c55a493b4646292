import type { z } from 'zod';
import { aloudChannels } from './channels/aloud';
import { authChannels } from './channels/auth';
import { cardsChannels, cardsEvents } from './channels/cards';
import { catalogChannels } from './channels/catalog';
import { centerLinkChannels, centerLinkEvents } from './channels/center-link';
import { configChannels, configEvents } from './channels/config';
import { devicesChannels, devicesEvents } from './channels/devices';
import { dossierLookupChannels } from './channels/dossier-lookup';
import { dossierChannels, dossierEvents } from './channels/dossiers';
import { feedbackChannels } from './channels/feedback';
import { guideChannels } from './channels/guides';
import { hallChannels } from './channels/hall';
import { logsChannels } from './channels/logs';
import { printingChannels, printingEvents } from './channels/printing';
import { ratingChannels } from './channels/ratings';
import { scanChannels, scanEvents } from './channels/scan';
import { systemChannels, systemEvents } from './channels/system';
import { technicianChannels } from './channels/technician';
import { ticketChannels, ticketEvents } from './channels/tickets';
import type { ChannelSpec, EventSpec } from './define';

/**
 * The whole API between the renderer and the main process, declared once. Each feature keeps its
 * channels in `channels/<feature>.ts`; this file only joins them.
 */
export const channels = {
  ...systemChannels,
  ...catalogChannels,
  ...dossierChannels,
  ...authChannels,
  ...configChannels,
  ...logsChannels,
  ...ticketChannels,
  ...ratingChannels,
  ...devicesChannels,
  ...printingChannels,
  ...scanChannels,
  ...technicianChannels,
  ...cardsChannels,
  ...feedbackChannels,
  ...guideChannels,
  ...hallChannels,
  ...aloudChannels,
  ...dossierLookupChannels,
  ...centerLinkChannels,
} as const satisfies Record<string, ChannelSpec>;

export const events = {
  ...systemEvents,
  ...dossierEvents,
  ...configEvents,
  ...ticketEvents,
  ...devicesEvents,
  ...printingEvents,
  ...scanEvents,
  ...cardsEvents,
  ...centerLinkEvents,
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
