import { KioskTextField } from '../../../components/keyboard';

/**
 * A labelled text field of the dossier form: the kiosk's KioskTextField (on-screen Vietnamese
 * keyboard with tone picker and Telex, digit pads for numbers, NFC, cleared when the visit ends).
 */
export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  onChange(value: string): void;
  readonly mode?: 'text' | 'numeric' | 'phone' | 'code' | 'email';
  readonly hint?: string;
  readonly error?: string;
  readonly maxLength?: number;
  readonly required?: boolean;
  readonly testId?: string;
  readonly autoCapitalize?: 'none' | 'words' | 'sentences';
  readonly multiline?: boolean;
}

export function TextField(props: TextFieldProps) {
  return <KioskTextField {...props} />;
}
