import { randomUUID } from 'node:crypto';
import type { Role } from '../../api/roles';

type Listener = (role: Role) => void;

/**
 * One connected screen (an Electron window or a browser tab). Starts as `citizen`; a PIN
 * raises it to staff or technician until logout or idle. The correlation id changes with each
 * citizen session so logs can follow one visit without naming the visitor.
 */
export class Session {
  /** Stable for the connection's life: what PIN lockouts count wrong tries by. */
  readonly id: string = randomUUID();
  private currentRole: Role = 'citizen';
  private listeners = new Set<Listener>();
  correlationId: string = randomUUID();

  get role(): Role {
    return this.currentRole;
  }

  setRole(role: Role): void {
    if (role === this.currentRole) return;
    this.currentRole = role;
    for (const l of this.listeners) l(role);
  }

  /** A new visitor: back to citizen with a fresh correlation id. */
  reset(): void {
    this.correlationId = randomUUID();
    this.setRole('citizen');
  }

  onRoleChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
