import type { Clock } from '../api/center-clock';
import type { DeviceHealth, DeviceKind } from './device-health';

type State = DeviceHealth['state'];

/** One device's health, announcing only real changes (state or reason), with the time it began. */
export class HealthTracker {
  private current: DeviceHealth;
  private readonly listeners = new Set<(h: DeviceHealth) => void>();

  constructor(
    private readonly kind: DeviceKind,
    private readonly clock: Clock,
    initial: State = 'not-configured',
    reason?: string,
  ) {
    this.current = { kind, state: initial, ...(reason ? { reason } : {}), since: clock.now().toISOString() };
  }

  get(): DeviceHealth {
    return this.current;
  }

  set(state: State, reason?: string): void {
    if (state === this.current.state && reason === this.current.reason) return;
    this.current = { kind: this.kind, state, ...(reason ? { reason } : {}), since: this.clock.now().toISOString() };
    for (const l of this.listeners) {
      try {
        l(this.current);
      } catch {
        // A listener's failure is its own; health keeps flowing to the others.
      }
    }
  }

  onChange(listener: (h: DeviceHealth) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
