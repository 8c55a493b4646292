import { kioskClient, type TestCenter } from './center-app';

/**
 * A few weeks of a small province for the back office's fleet and charts: kiosks in two
 * communes reporting health, ratings of both services, and tickets with their waits.
 */
export async function seedProvince(center: TestCenter, now = Date.now()): Promise<void> {
  const kiosks = [
    { id: 'TAPHIN-01', commune: 'xa-ta-phin', version: '1.4.0', backlog: 0, printer: 'ready', scanner: 'ready' },
    { id: 'TAPHIN-02', commune: 'xa-ta-phin', version: '1.3.2', backlog: 7, printer: 'no-paper', scanner: 'ready' },
    { id: 'BADINH-01', commune: 'phuong-ba-dinh', version: '1.4.0', backlog: 0, printer: 'ready', scanner: 'offline' },
  ];
  let n = 0;
  for (const k of kiosks) {
    const enrolled = await center.enrolKiosk(k.id, k.commune);
    const client = kioskClient(center.url, k.id, enrolled.token);
    const events: unknown[] = [
      {
        id: `${k.id}-health`,
        type: 'kiosk.health',
        occurredAt: new Date(now - 60_000).toISOString(),
        data: { appVersion: k.version, backlog: k.backlog, devices: { printer: k.printer, scanner: k.scanner } },
      },
    ];
    for (let day = 0; day < 28; day += 1) {
      const base = now - day * 86_400_000 - 3 * 3600_000;
      for (let i = 0; i < 3; i += 1) {
        n += 1;
        const score = 1 + ((n * 7 + day) % 11 > 2 ? 3 : (n + day) % 3);
        events.push({
          id: `r${n}`,
          type: 'rating.submitted',
          occurredAt: new Date(base + i * 600_000).toISOString(),
          data: { score, flow: i === 0 ? 'dossier' : 'ticket' },
        });
        const wait = (k.commune === 'xa-ta-phin' ? 6 : 14) + ((n * 5) % 17);
        events.push({
          id: `i${n}`,
          type: 'ticket.issued',
          occurredAt: new Date(base + i * 600_000).toISOString(),
          data: { ticketId: `t${n}` },
        });
        events.push({
          id: `s${n}`,
          type: 'ticket.served',
          occurredAt: new Date(base + i * 600_000 + wait * 60_000).toISOString(),
          data: { ticketId: `t${n}` },
        });
      }
    }
    const res = await client.call('POST', '/api/v1/events', { body: { events }, key: `${k.id}-seed` });
    if (res.status !== 201) throw new Error(`seeding events failed: ${res.status} ${await res.text()}`);
  }
}
