import { z } from 'zod';
import type { Clock } from '../../api/center-clock';
import { ServiceConfig, type ServiceConfigInput } from '../../api/channels/tickets';
import { ApiError } from '../../api/errors';
import type { Database } from '../db/open-database';
import { allRows, oneRow } from '../db/rows';
import type { Logger } from '../logging/logger';

const ServiceRow = z.object({ id: z.string(), config: z.string() });

function describe(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * The queues this center offers, as technicians configured them. Every write is checked
 * against the schema first; a refused write leaves every service exactly as it was.
 */
export class ServiceStore {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Every service in display order; a row that no longer parses is skipped and logged, never served. */
  list(): ServiceConfig[] {
    const rows = allRows(ServiceRow, this.db.prepare('SELECT id, config FROM ticket_services ORDER BY sort_order, id'));
    const out: ServiceConfig[] = [];
    for (const row of rows) {
      const parsed = ServiceConfig.safeParse(safeJson(row.config));
      if (parsed.success) out.push(parsed.data);
      else this.log.error('stored ticket service does not parse; skipped', { serviceId: row.id, issues: describe(parsed.error) });
    }
    return out;
  }

  active(): ServiceConfig[] {
    return this.list().filter((s) => s.active);
  }

  find(id: string): ServiceConfig | undefined {
    const row = oneRow(ServiceRow, this.db.prepare('SELECT id, config FROM ticket_services WHERE id = ?'), id);
    if (!row) return undefined;
    const parsed = ServiceConfig.safeParse(safeJson(row.config));
    return parsed.success ? parsed.data : undefined;
  }

  get(id: string): ServiceConfig {
    const service = this.find(id);
    if (!service) throw new ApiError('not-found', `no queue service ${id}`);
    return service;
  }

  save(input: ServiceConfigInput): ServiceConfig {
    const parsed = ServiceConfig.safeParse(input);
    if (!parsed.success) throw new ApiError('bad-request', `service: ${describe(parsed.error)}`);
    const service = parsed.data;
    return this.db
      .transaction(() => {
        if (service.active) {
          const clash = oneRow(
            ServiceRow.pick({ id: true }),
            this.db.prepare('SELECT id FROM ticket_services WHERE prefix = ? AND active = 1 AND id <> ?'),
            service.prefix,
            service.id,
          );
          if (clash) throw new ApiError('conflict', `letter ${service.prefix} is already used by the active service ${clash.id}`);
        }
        this.db
          .prepare(
            `INSERT INTO ticket_services (id, prefix, active, sort_order, config, updated_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT(id) DO UPDATE SET prefix = excluded.prefix, active = excluded.active, sort_order = excluded.sort_order,
               config = excluded.config, updated_at = excluded.updated_at`,
          )
          .run(service.id, service.prefix, service.active ? 1 : 0, service.order, JSON.stringify(service), this.clock.now().toISOString());
        return service;
      })
      .immediate();
  }

  /** Only a service that never issued a ticket can go; the others keep their history and are deactivated instead. */
  remove(id: string): void {
    this.db
      .transaction(() => {
        this.get(id);
        const used = this.db.prepare('SELECT 1 FROM tickets WHERE service_id = ? LIMIT 1').get(id);
        if (used) throw new ApiError('conflict', `service ${id} has issued tickets: deactivate it instead of removing it`);
        this.db.prepare('DELETE FROM ticket_services WHERE id = ?').run(id);
      })
      .immediate();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
