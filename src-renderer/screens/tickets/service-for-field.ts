import type { ServiceSummary } from '../../../src-main/api/channels/tickets';

/** The queue that serves a catalog field (lĩnh vực), as technicians mapped it; null when none does. */
export function serviceForField(services: readonly ServiceSummary[], fieldId: string): ServiceSummary | null {
  return services.find((s) => s.fields.includes(fieldId)) ?? null;
}
