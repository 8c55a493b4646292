import type { Fee } from '../../api/channels/catalog';
import type { CaseOfForm, FormFieldRule } from '../../api/dossier-rules';

type Text = { readonly vi: string; readonly en?: string; readonly ar?: string; readonly pl?: string };

/**
 * What the dossier feature needs to know of a catalog procedure. The catalog's `Procedure` fits
 * this shape, so the kiosk passes `code => catalog.procedure(code).procedure`.
 */
export interface DossierProcedure {
  readonly code: string;
  readonly name: Text;
  readonly formFields: readonly (Omit<FormFieldRule, 'options'> & {
    readonly label?: Text;
    readonly options?:
      | readonly { readonly value: string; readonly label?: Text; readonly askedWhen?: CaseOfForm | undefined }[]
      | undefined;
  })[];
  /**
   * `condition`: the case the paper is asked for in, as the citizen says; `askedWhen`: the case of
   * the form's answers it is asked in (absent: always).
   */
  readonly documents: readonly {
    readonly name: Text;
    readonly condition?: Text | undefined;
    readonly askedWhen?: CaseOfForm | undefined;
  }[];
  readonly processingTime?: { readonly workingDays?: number | undefined } | undefined;
  readonly submission: { readonly channels: readonly string[] };
  /** Absent: not known (ask at the desk); what a receipt's VietQR asks for comes from here. */
  readonly fee?: Fee | undefined;
}

/** Finds a procedure by code; null when the catalog has none. */
export type ProcedureLookup = (code: string) => DossierProcedure | null;

/** Procedures a citizen may submit from the kiosk: those the catalog lists as submittable online. */
export function acceptsKioskSubmission(p: DossierProcedure): boolean {
  return p.submission.channels.includes('online');
}
