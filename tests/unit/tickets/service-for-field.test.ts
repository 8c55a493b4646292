import { describe, expect, it } from 'vitest';
import catalog from '../../../assets/catalog/catalog.json';
import { DEFAULT_SERVICES } from '../../../src-main/core/tickets/default-services';
import { serviceForField } from '../../../src-renderer/screens/tickets/service-for-field';

const summaries = DEFAULT_SERVICES.map((s) => ({ ...s, open: true, opensAt: null, waiting: 0 }));

describe('from a procedure to its queue', () => {
  it('maps every field of the bundled catalog to a default queue', () => {
    for (const field of (catalog as { fields: { id: string }[] }).fields) {
      expect(serviceForField(summaries, field.id), field.id).not.toBeNull();
    }
  });

  it('sends a birth registration to civil status and a land case to land', () => {
    expect(serviceForField(summaries, 'ho-tich')?.id).toBe('civil-status');
    expect(serviceForField(summaries, 'dat-dai')?.prefix).toBe('D');
    expect(serviceForField(summaries, 'no-such-field')).toBeNull();
  });
});
