import { describe, expect, it } from 'vitest';
import { runWithCorrelationId } from '../../../src-main/core/logging/correlation';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { isPersonalKey, redactRecord, redactValue } from '../../../src-main/core/logging/redact';

describe('log redaction', () => {
  it('masks ID numbers and phones in free text', () => {
    const sink = memorySink();
    const log = createLogger(sink, 'core.dossiers');
    log.info('dossier for CCCD 001203004567 phone 0912345678 queued', { note: 'CMND 123456789' });
    const [rec] = sink.records;
    expect(rec?.msg).not.toMatch(/001203004567|0912345678/);
    expect(JSON.stringify(rec)).not.toContain('123456789');
  });

  it('masks personal fields at any depth, numbers included', () => {
    const out = redactValue({
      applicant: { fullName: 'Nguyễn Văn An', idNumber: 1203004567, address: { street: '12 Trần Phú' } },
      people: [{ hoTen: 'Lò Thị Mai', ngay_sinh: '1950-02-03' }],
      deep: { a: { b: { c: { d: { e: { f: { g: 'x' } } } } } } },
      count: 3,
    }) as Record<string, unknown>;
    const text = JSON.stringify(out);
    for (const personal of ['Nguyễn Văn An', '1203004567', 'Trần Phú', 'Lò Thị Mai', '1950-02-03']) expect(text).not.toContain(personal);
    expect((out as { count: number }).count).toBe(3);
    expect(text).toContain('[nested too deep]');
  });

  it('keeps what a technician needs: port, file, device and center names', () => {
    for (const key of ['portName', 'fileName', 'deviceName', 'centerName', 'module', 'channel']) expect(isPersonalKey(key)).toBe(false);
    for (const key of ['name', 'fullName', 'full_name', 'hoTen', 'applicantName', 'phone', 'soDienThoai', 'cccd', 'dateOfBirth', 'email'])
      expect(isPersonalKey(key)).toBe(true);
    expect(redactValue({ portName: '/dev/ttyUSB0' })).toEqual({ portName: '/dev/ttyUSB0' });
  });

  it('masks a record read back from an old file again', () => {
    const rec = redactRecord({ time: 't', level: 'info', module: 'm', msg: 'id 012345678901', data: { name: 'Hà Văn Bình' } });
    expect(JSON.stringify(rec)).not.toMatch(/012345678901|Hà Văn Bình/);
  });
});

describe('correlation id', () => {
  it('follows the work of one call through async steps into loggers made elsewhere', async () => {
    const sink = memorySink();
    const hardware = createLogger(sink, 'hardware.printer');
    await runWithCorrelationId('visit-1', async () => {
      await new Promise((r) => setTimeout(r, 5));
      hardware.info('printed');
    });
    hardware.info('idle');
    expect(sink.records.map((r) => [r.msg, r.correlationId])).toEqual([
      ['printed', 'visit-1'],
      ['idle', undefined],
    ]);
  });
});
