import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../src-main/api/channels/catalog';
import { DEFAULT_SERVICES } from '../../../src-main/core/tickets/default-services';
import { bundledCatalogJson } from './catalog-fixtures';

const catalog = Catalog.parse(bundledCatalogJson());
const byCode = new Map(catalog.procedures.map((p) => [p.code, p]));

describe('the bundled catalog tells the truth the queues rely on', () => {
  it('gives every default queue that takes dossiers at least one procedure of its fields', () => {
    for (const service of DEFAULT_SERVICES.filter((s) => s.fields.length > 0)) {
      const procedures = catalog.procedures.filter((p) => service.fields.includes(p.field));
      expect(procedures.length, service.id).toBeGreaterThan(0);
    }
  });

  it('does not advertise on a queue tile what no procedure of the catalog covers', () => {
    const hints = DEFAULT_SERVICES.map((s) => s.hints.vi ?? '').join(' ');
    // These were advertised without a single procedure behind them; they come back with the procedures.
    expect(hints).not.toMatch(/giấy phép xây dựng|người có công/i);
  });

  it('fills the national residence fees of Circular 75/2022/TT-BTC, in person and online', () => {
    const expected: Record<string, [number, number]> = {
      '1.004222': [20_000, 10_000], // permanent residence
      '1.004194': [15_000, 7_000], // temporary residence
      '1.002755': [15_000, 7_000], // extension of temporary residence
      '1.010038': [10_000, 5_000], // household separation
    };
    for (const [code, amounts] of Object.entries(expected)) {
      const fee = byCode.get(code)?.fee;
      expect(
        fee?.items.map((i) => i.amountVnd),
        code,
      ).toEqual(amounts);
      expect(fee?.note?.vi, code).toContain('75/2022/TT-BTC');
    }
  });

  it('names the legal source of every procedure', () => {
    for (const p of catalog.procedures) expect(p.legalBasis.length, p.code).toBeGreaterThan(0);
  });
});
