/** The dossier screens and their parameters, joined to the app's screen list by declaration merging. */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /** Fill in and submit a dossier for one procedure (a catalog code such as 1.001193). */
    'dossier.form': { procedureCode: string };
    /** The receipt of a dossier just submitted: code, QR, dates, delivery, state. */
    'dossier.receipt': { code: string };
    /** Look a dossier up by its code (typed, or given when coming from a receipt). */
    'dossier.status': { code?: string };
  }
}

export {};
