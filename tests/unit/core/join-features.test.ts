import { describe, expect, it } from 'vitest';
import { closeFeatures, joinHandlers } from '../../../src-main/core/kiosk/join-features';
import type { ComposedFeature } from '../../../src-main/core/kiosk/kiosk-parts';

const ping = { handlers: { 'system.ping': ({ nonce }: { nonce: string }) => ({ nonce, at: 'then' }) } };

describe('joinHandlers', () => {
  it('keeps every feature handler under its channel', () => {
    const info = { handlers: { 'outbox.retry': () => ({ retried: 0 }) } };
    const joined = joinHandlers([ping, info] as const);
    expect(Object.keys(joined).sort()).toEqual(['outbox.retry', 'system.ping']);
    expect(joined['system.ping']).toBe(ping.handlers['system.ping']);
  });

  it('refuses two features answering the same channel', () => {
    expect(() => joinHandlers([ping, { handlers: { ...ping.handlers } }] as const)).toThrow(/two features handle system.ping/);
  });
});

describe('closeFeatures', () => {
  it('stops features in reverse order and waits for the slow ones', async () => {
    const order: string[] = [];
    let finishOutbox = () => {};
    const features: ComposedFeature[] = [
      { handlers: {}, close: () => void order.push('catalog') },
      {
        handlers: {},
        close: () =>
          new Promise<void>((resolve) => {
            finishOutbox = () => {
              order.push('outbox done');
              resolve();
            };
          }),
      },
      { handlers: {} },
      { handlers: {}, close: () => void order.push('dossiers') },
    ];
    const closing = closeFeatures(features);
    expect(order).toEqual(['dossiers', 'catalog']);
    let closed = false;
    void closing.then(() => (closed = true));
    await Promise.resolve();
    expect(closed).toBe(false);
    finishOutbox();
    await closing;
    expect(order).toEqual(['dossiers', 'catalog', 'outbox done']);
  });
});
