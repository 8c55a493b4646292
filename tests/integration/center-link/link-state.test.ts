import { afterEach, describe, expect, it } from 'vitest';
import type { CenterLink } from '../../../src-main/api/channels/center-link';
import { type CenterServer, startCenterServer } from '../../support/center-server';
import { fixtureProcedures, validDraft } from '../../support/dossier-fixtures';
import { startTestKiosk, type TestKiosk } from '../../support/test-kiosk';

/** Resolves with the next `system.onCenterLink` in `state`. */
function nextLink(t: TestKiosk, state: CenterLink['state']): Promise<CenterLink> {
  return new Promise((resolve) => {
    const stop = t.kiosk.bus.onAny((event, payload) => {
      if (event === 'system.onCenterLink' && (payload as CenterLink).state === state) {
        stop();
        resolve(payload as CenterLink);
      }
    });
  });
}

describe('the connection sign follows the center, not the network card', () => {
  let t: TestKiosk | null = null;
  let server: CenterServer | null = null;
  afterEach(async () => {
    await t?.close();
    await server?.close();
  });

  it('is unconfigured without a center, reachable once it answers, unreachable when a sync fails on the way', async () => {
    server = await startCenterServer({ token: 'tok' });
    t = startTestKiosk({ procedures: fixtureProcedures });
    const kiosk = t.kiosk;
    const call = (channel: string, args: unknown) => kiosk.dispatch(kiosk.newSession(), channel, args);
    // The machine's network is up all along; only the center's answers move the sign.
    await expect.poll(async () => ((await call('system.centerLink', {})) as { result?: CenterLink }).result?.state).toBe('unconfigured');

    const reachable = nextLink(t, 'reachable');
    kiosk.config.setMany({ 'server.url': server.url, 'server.token': 'tok' });
    expect((await reachable).lastContactAt).not.toBeNull();

    const unreachable = nextLink(t, 'unreachable');
    await server.close();
    server = null;
    const submitted = await call('dossier.submit', validDraft());
    expect(submitted.ok).toBe(true);
    await unreachable;
    const now = await call('system.centerLink', {});
    expect(now.ok && now.result).toMatchObject({ state: 'unreachable' });
  });
});
