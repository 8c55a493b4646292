import type { Clock } from '../../api/center-clock';
import type { CenterLink } from '../../api/channels/center-link';
import type { StepResult } from '../outbox/sync-worker';

/**
 * What the kiosk last learnt about its link to the center. Every sync attempt tells it (the
 * center answered, or the request failed on the way); `idle` and `paused` say nothing new, so
 * the state stays as the last contact left it. `changed` runs only when the state moves.
 */
export class CenterLinkTracker {
  private link: CenterLink;
  private checkedAtMs = Number.NEGATIVE_INFINITY;

  /** `configured`: whether a center is set at start (a kiosk without one says so from the first screen). */
  constructor(
    private readonly clock: Clock,
    private readonly changed: (link: CenterLink) => void,
    configured: boolean,
  ) {
    this.link = { state: configured ? 'unknown' : 'unconfigured', lastContactAt: null };
  }

  current(): CenterLink {
    return this.link;
  }

  /** Milliseconds since the link was last tried (by sync or by a health check). */
  sinceChecked(): number {
    return this.clock.now().getTime() - this.checkedAtMs;
  }

  /** The center's address changed: what was known of the old one says nothing of the new. */
  forget(): void {
    this.checkedAtMs = Number.NEGATIVE_INFINITY;
  }

  observe(result: StepResult): void {
    switch (result.kind) {
      case 'sent':
      case 'failed':
      case 'split':
        // Even a refusal is an answer: the center is there.
        this.contact(true);
        return;
      case 'retry':
        this.contact(false);
        return;
      case 'unconfigured':
        this.set({ state: 'unconfigured', lastContactAt: this.link.lastContactAt });
        return;
      case 'idle':
      case 'paused':
        return;
      default: {
        const never: never = result;
        throw new Error(`unhandled sync result ${String((never as { kind: unknown }).kind)}`);
      }
    }
  }

  /** A health check's answer, or `null` when no center is configured. */
  contact(answered: boolean | null): void {
    const now = this.clock.now();
    this.checkedAtMs = now.getTime();
    if (answered === null) {
      this.set({ state: 'unconfigured', lastContactAt: this.link.lastContactAt });
      return;
    }
    this.set(
      answered
        ? { state: 'reachable', lastContactAt: now.toISOString() }
        : { state: 'unreachable', lastContactAt: this.link.lastContactAt },
    );
  }

  private set(next: CenterLink): void {
    const moved = next.state !== this.link.state;
    this.link = next;
    if (moved) this.changed(next);
  }
}
