import { create } from 'zustand';
import { registerSessionStore } from '../stores/session-reset';

export type FeedbackTone = 'ok' | 'warn';

export interface ScanFeedback {
  readonly id: number;
  /** Key in the `scan` namespace, with its values. */
  readonly messageKey: string;
  readonly values?: Readonly<Record<string, string>>;
  readonly tone: FeedbackTone;
  /** Shown when the message is about a card read: lets the citizen forget it at once. */
  readonly offerClearCard?: boolean;
}

interface FeedbackState {
  current: ScanFeedback | null;
  show(feedback: Omit<ScanFeedback, 'id'>): void;
  dismiss(): void;
}

let nextId = 1;

/** What the citizen is told after a scan that did not open a screen (or while one opens). */
export const useScanFeedback = create<FeedbackState>((set) => ({
  current: null,
  show: (feedback) => set({ current: { ...feedback, id: nextId++ } }),
  dismiss: () => set({ current: null }),
}));

// A message may name what was scanned: it goes with the visit.
registerSessionStore('scan.feedback', useScanFeedback);
