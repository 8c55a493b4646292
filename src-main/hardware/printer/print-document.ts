/**
 * A receipt or ticket described without any printer in mind. Core builds these (tickets,
 * dossier receipts, test pages); printer drivers turn them into bytes for one command set.
 */
export type PrintLine =
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly align?: 'left' | 'center' | 'right';
      readonly bold?: boolean;
      /** 1 = normal, 2 = double width and height (ticket numbers). */
      readonly size?: 1 | 2 | 3;
    }
  | { readonly kind: 'qr'; readonly data: string; readonly cellSize?: number }
  | { readonly kind: 'rule' }
  | { readonly kind: 'feed'; readonly lines?: number }
  | { readonly kind: 'cut' };

export interface PrintDocument {
  /** Short name for logs and job tracking (never personal data): `ticket A-001`, `receipt`. */
  readonly title: string;
  readonly lines: readonly PrintLine[];
}
