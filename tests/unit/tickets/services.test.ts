import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeClock } from '../../../src-main/api/center-clock';
import type { ServiceConfig, ServiceConfigInput } from '../../../src-main/api/channels/tickets';
import { DEFAULT_HOURS } from '../../../src-main/core/tickets/default-services';
import { tempDir } from '../../support/test-kiosk';
import { MONDAY_9AM, type TicketRig, ticketRig } from './fixtures';

const kiosk: ServiceConfigInput = {
  id: 'passport',
  prefix: 'K',
  names: { vi: 'Hộ chiếu', en: 'Passports' },
  counters: [7],
  hours: DEFAULT_HOURS,
};

describe('queue services', () => {
  let dir: ReturnType<typeof tempDir>;
  let rig: TicketRig;
  beforeEach(() => {
    dir = tempDir();
    rig = ticketRig(join(dir.path, 'kiosk.db'), fakeClock(MONDAY_9AM));
  });
  afterEach(() => {
    rig.close();
    dir.remove();
  });

  it('come with a realistic default set on a fresh install', () => {
    const list = rig.tickets.listServices();
    expect(list.map((s) => `${s.prefix} ${s.names.vi}`)).toEqual([
      'A Hộ tịch',
      'B Chứng thực',
      'C Cư trú',
      'D Đất đai – Xây dựng',
      'E Kinh doanh',
      'G Lao động – Xã hội',
      'H Nhận kết quả',
    ]);
    for (const s of list) {
      expect(s.names.ar && s.names.pl && s.hints.vi && s.hints.en).toBeTruthy();
      expect(s.counters.length).toBeGreaterThan(0);
    }
    expect(rig.tickets.available()).toHaveLength(7);
  });

  it('are added and edited with defaults filled in', () => {
    const saved = rig.tickets.saveService(kiosk);
    expect(saved).toMatchObject({ hints: {}, fields: [], active: true, order: 0 });
    rig.tickets.saveService({ ...saved, names: { vi: 'Hộ chiếu phổ thông', en: 'Passports' }, order: 99 });
    expect(rig.tickets.listServices().at(-1)?.names.vi).toBe('Hộ chiếu phổ thông');
  });

  it('refuse bad input with the reason and keep what was stored', () => {
    const before = rig.tickets.listServices();
    const bad: unknown[] = [
      { ...kiosk, prefix: 'k' },
      { ...kiosk, prefix: 'AB' },
      { ...kiosk, id: 'Has Spaces' },
      { ...kiosk, names: { vi: '', en: 'x' } },
      { ...kiosk, counters: [] },
      { ...kiosk, counters: [1, 1] },
      { ...kiosk, hours: { ...DEFAULT_HOURS, mon: [{ from: '17:00', to: '07:30' }] } },
      {
        ...kiosk,
        hours: {
          ...DEFAULT_HOURS,
          mon: [
            { from: '07:30', to: '12:00' },
            { from: '11:00', to: '17:00' },
          ],
        },
      },
      { ...kiosk, hours: { ...DEFAULT_HOURS, mon: [{ from: '7:30', to: '12:00' }] } },
      { ...kiosk, surprise: true },
    ];
    for (const input of bad) {
      expect(() => rig.tickets.saveService(input as ServiceConfigInput)).toThrow(expect.objectContaining({ code: 'bad-request' }));
    }
    expect(rig.tickets.listServices()).toEqual(before);
  });

  it('never share a letter between two active services', () => {
    expect(() => rig.tickets.saveService({ ...kiosk, prefix: 'A' })).toThrow(
      expect.objectContaining({ code: 'conflict', message: expect.stringContaining('civil-status') }),
    );
    // Once the first is retired, its letter may go to another queue; numbers stay unique per day and letter.
    const civil = rig.tickets.listServices()[0] as ServiceConfig;
    rig.tickets.saveService({ ...civil, active: false });
    expect(rig.tickets.saveService({ ...kiosk, prefix: 'A' }).prefix).toBe('A');
  });

  it('keeps the numbers of a day unique when a letter moves to another service', async () => {
    const civil = rig.tickets.listServices()[0] as ServiceConfig;
    expect((await rig.tickets.issue({ serviceId: 'civil-status', priority: false, language: 'vi', source: 'staff' })).number).toBe('A-001');
    rig.tickets.saveService({ ...civil, active: false });
    rig.tickets.saveService({ ...kiosk, prefix: 'A' });
    expect((await rig.tickets.issue({ serviceId: 'passport', priority: false, language: 'vi', source: 'staff' })).number).toBe('A-002');
  });

  it('are removed only before they issued a ticket', async () => {
    rig.tickets.saveService(kiosk);
    rig.tickets.removeService('passport');
    expect(rig.tickets.listServices().some((s) => s.id === 'passport')).toBe(false);
    await rig.tickets.issue({ serviceId: 'land', priority: false, language: 'vi', source: 'staff' });
    expect(() => rig.tickets.removeService('land')).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => rig.tickets.removeService('nope')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('skip a stored row that no longer parses instead of failing the whole list', () => {
    rig.db.prepare(`UPDATE ticket_services SET config = '{"id":"land"' WHERE id = 'land'`).run();
    expect(rig.tickets.listServices().map((s) => s.id)).not.toContain('land');
    expect(rig.logs.records.some((r) => r.level === 'error' && r.msg.includes('does not parse'))).toBe(true);
  });

  it('hide inactive services from citizens', () => {
    const land = rig.tickets.listServices().find((s) => s.id === 'land') as ServiceConfig;
    rig.tickets.saveService({ ...land, active: false });
    expect(rig.tickets.available().map((s) => s.id)).not.toContain('land');
    expect(rig.tickets.listServices().map((s) => s.id)).toContain('land');
  });
});
