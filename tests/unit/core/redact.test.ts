import { describe, expect, it } from 'vitest';
import { createLogger, memorySink } from '../../../src-main/core/logging/logger';
import { redactText } from '../../../src-main/core/logging/redact';

describe('log redaction', () => {
  it('masks citizen ID numbers and phone numbers in free text', () => {
    const text = redactText('CCCD 001099012345 gọi 0912345678', '');
    expect(text).not.toContain('001099012345');
    expect(text).not.toContain('0912345678');
  });

  it('masks whole values under personal keys', () => {
    const sink = memorySink();
    createLogger(sink, 'm').info('dossier queued', { fullName: 'Nguyễn Văn An', address: 'Thôn 3', code: 'ABCD' });
    const data = sink.records[0]?.data ?? {};
    expect(data.fullName).not.toContain('Văn');
    expect(data.address).not.toContain('Thôn 3');
    expect(data.code).toBe('ABCD');
  });

  it('survives a sink that throws', () => {
    const log = createLogger(() => {
      throw new Error('disk full');
    }, 'm');
    expect(() => log.error('x')).not.toThrow();
  });
});
