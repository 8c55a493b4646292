import type { CenterEvent } from '../../api/center/center-wire';

/** The kiosk a request came from, once its token checked out. */
export interface KioskIdentity {
  readonly id: string;
  readonly communeId: string;
}

/** What a kiosk reports about itself (sent as `kiosk.health` events). */
export interface KioskReport {
  readonly appVersion?: string;
  readonly backlog?: number;
  readonly devices?: Readonly<Record<string, string>>;
}

export interface FleetKiosk {
  readonly id: string;
  readonly communeId: string;
  readonly communeName: string;
  readonly enrolledAt: string;
  readonly revokedAt: string | null;
  readonly lastContactAt: string | null;
  readonly appVersion: string | null;
  readonly backlog: number | null;
  readonly devices: Readonly<Record<string, string>>;
  readonly healthAt: string | null;
}

export type EnrolOutcome =
  | { readonly kind: 'enrolled'; readonly kioskId: string; readonly communeId: string }
  | { readonly kind: 'refused'; readonly reason: 'unknown-code' | 'used' | 'expired' | 'other-commune' };

export type ReceiveOutcome<T> =
  | { readonly kind: 'created'; readonly answer: T }
  | { readonly kind: 'repeat'; readonly answer: T }
  /** The key was used before with different bytes (or, for a dossier code, by another kiosk). */
  | { readonly kind: 'conflict'; readonly reason: 'other-body' | 'other-kiosk' };

export type { CenterEvent };
