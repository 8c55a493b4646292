import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src-main/core/logging/logger';
import { startHallIfHost } from '../../../src-main/shells/hall/start-if-host';
import { fixedFreePort } from '../../support/free-port';
import { startTestKiosk } from '../../support/test-kiosk';

/** The one start-up path of the hall server, shared by the web shell's main and the Electron shell. */
describe('startHallIfHost', () => {
  const core = startTestKiosk();
  const log = createLogger(core.logs, 'test.hall');
  afterAll(() => core.close());

  it('opens no LAN port for a standalone kiosk or a member', async () => {
    core.kiosk.config.setMany({ 'hall.role': 'standalone' });
    expect(await startHallIfHost(core.kiosk, { log })).toBeNull();
    core.kiosk.config.setMany({ 'hall.role': 'member', 'hall.hostUrl': 'http://127.0.0.1:9' });
    expect(await startHallIfHost(core.kiosk, { log })).toBeNull();
  });

  it('serves the hall on hall.port for a host, with its clips found from the app root', async () => {
    core.kiosk.config.setMany({ 'hall.role': 'host', 'hall.port': await fixedFreePort() });
    const hall = await startHallIfHost(core.kiosk, { log });
    if (!hall) throw new Error('a host kiosk must serve its hall');
    try {
      expect(hall.port).toBeGreaterThan(0);
      const chime = await fetch(`${hall.url}/audio/chime.wav`);
      expect(chime.status).toBe(200);
      expect(chime.headers.get('content-type')).toContain('audio/wav');
      expect((await fetch(`${hall.url}/api/hall/board`)).status).toBe(401);
    } finally {
      await hall.close();
    }
  });
});
