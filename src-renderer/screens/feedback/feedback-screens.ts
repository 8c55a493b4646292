/** The feedback screens and their parameters, joined to the app's screen list by declaration merging. */
declare module '../../stores/navigation-store' {
  interface ScreenParams {
    /** Write a feedback: subject, text, contact or anonymous, review, send. */
    'feedback.write': Record<string, never>;
    /** What was sent: the reference to keep. */
    'feedback.receipt': { reference: string };
    /** Look a feedback up by its reference (typed, or given from a receipt). */
    'feedback.lookup': { reference?: string };
  }
}

export {};
