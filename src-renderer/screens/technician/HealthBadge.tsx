import { useTranslation } from 'react-i18next';
import type { DeviceHealth } from '../../../src-main/api/channels/devices';

/** A device's state in words and colour, with the driver's reason for the technician. */
export function HealthBadge({ health, testId }: { health: DeviceHealth | undefined; testId?: string }) {
  const { t } = useTranslation('technician');
  const state = health?.state ?? 'not-configured';
  return (
    <p className="tech-health" data-testid={testId} data-state={state} role="status">
      <span className={`tech-health__dot tech-health__dot--${state}`} aria-hidden />
      <span className="tech-health__state">{t(`devices.state.${state}`)}</span>
      {health?.reason ? <span className="tech__row-detail tech__mono"> · {health.reason}</span> : null}
    </p>
  );
}
