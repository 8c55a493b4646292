import { create } from 'zustand';
import { registerSessionStore } from '../../stores/session-reset';
import type { EditState, FieldMode } from './text-edit';

/** The field the docked keyboard types into; a KioskTextField hands this over when focused. */
export interface KeyboardTarget {
  readonly id: string;
  readonly mode: FieldMode;
  readonly autoCapitalize: 'none' | 'words' | 'sentences';
  /** The field's visible label, repeated on the keyboard so a citizen knows what is being typed. */
  readonly label: string;
  readonly enterLabel?: string;
  /** The text and selection as they are in the input right now. */
  read(): EditState;
  /** Applies an edit: the field filters it, calls its onChange and moves the caret. */
  commit(next: EditState): void;
  /** The Done key: the field's onSubmit, then the keyboard closes. */
  submit(): void;
}

interface KeyboardState {
  target: KeyboardTarget | null;
  /** Telex on or off; the choice stays for the visit and is reset when the session ends. */
  telex: boolean | null;
  open(target: KeyboardTarget): void;
  /** Closes the keyboard if `id` still owns it (focus may already have moved to another field). */
  release(id: string): void;
  setTelex(on: boolean): void;
}

export const useKeyboard = create<KeyboardState>((set, get) => ({
  target: null,
  telex: null,
  open: (target) => set({ target }),
  release: (id) => {
    if (get().target?.id === id) set({ target: null });
  },
  setTelex: (telex) => set({ telex }),
}));

registerSessionStore('keyboard', useKeyboard);

/** Telex is on by default when the screens speak Vietnamese, off for the other languages. */
export function telexEnabled(choice: boolean | null, language: string): boolean {
  return choice ?? language === 'vi';
}
