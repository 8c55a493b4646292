import { DOSSIER_ALPHABET } from '../../../src-main/api/codes';
import type { FieldMode } from './text-edit';

/**
 * On-screen layouts in react-simple-keyboard's format: rows of space-separated buttons, `{name}`
 * for function keys. The Vietnamese letters with shape marks sit on their own row near the top
 * where a first-time user sees them; tones come from the tone picker or from Telex.
 */
export interface KioskLayout {
  readonly layout: Readonly<Record<string, string[]>>;
  /** Layout names: lower case and, where there is one, upper case. */
  readonly shiftable: boolean;
  readonly className: string;
}

const TEXT: KioskLayout = {
  className: 'kbd--text',
  shiftable: true,
  layout: {
    default: [
      '1 2 3 4 5 6 7 8 9 0 {bksp}',
      'ă â đ ê ô ơ ư',
      'q w e r t y u i o p',
      "a s d f g h j k l '",
      '{shift} z x c v b n m , . -',
      '{telex} / {space} {done}',
    ],
    shift: [
      '1 2 3 4 5 6 7 8 9 0 {bksp}',
      'Ă Â Đ Ê Ô Ơ Ư',
      'Q W E R T Y U I O P',
      "A S D F G H J K L '",
      '{shift} Z X C V B N M , . -',
      '{telex} / {space} {done}',
    ],
  },
};

const EMAIL: KioskLayout = {
  className: 'kbd--email',
  shiftable: false,
  layout: {
    default: ['1 2 3 4 5 6 7 8 9 0 {bksp}', 'q w e r t y u i o p', 'a s d f g h j k l @', 'z x c v b n m . _ -', '{done}'],
  },
};

const LATIN: KioskLayout = {
  className: 'kbd--latin',
  shiftable: true,
  layout: {
    default: [
      '1 2 3 4 5 6 7 8 9 0 {bksp}',
      'q w e r t y u i o p',
      'a s d f g h j k l',
      '{shift} z x c v b n m',
      '/ : . - _ @ ? = & ~',
      '{space} {done}',
    ],
    shift: [
      '1 2 3 4 5 6 7 8 9 0 {bksp}',
      'Q W E R T Y U I O P',
      'A S D F G H J K L',
      '{shift} Z X C V B N M',
      '/ : . - _ @ ? = & ~',
      '{space} {done}',
    ],
  },
};

/** Only the symbols codes are made of: no O, I, 0 or 1, so nobody hunts for a key that cannot be right. */
const codeRow = (keys: string) => [...keys].filter((k) => DOSSIER_ALPHABET.includes(k)).join(' ');

const CODE: KioskLayout = {
  className: 'kbd--code',
  shiftable: false,
  layout: {
    default: [`${codeRow('1234567890')} {bksp}`, codeRow('QWERTYUIOP'), codeRow('ASDFGHJKL'), codeRow('ZXCVBNM'), '{done}'],
  },
};

const NUMERIC: KioskLayout = {
  className: 'kbd--pad',
  shiftable: false,
  layout: { default: ['1 2 3', '4 5 6', '7 8 9', '{bksp} 0 {done}'] },
};

const PHONE: KioskLayout = {
  className: 'kbd--pad',
  shiftable: false,
  layout: { default: ['1 2 3', '4 5 6', '7 8 9', '+ 0 {bksp}', '{done}'] },
};

export function layoutFor(mode: FieldMode): KioskLayout {
  switch (mode) {
    case 'text':
      return TEXT;
    case 'email':
      return EMAIL;
    case 'code':
      return CODE;
    case 'latin':
      return LATIN;
    case 'numeric':
      return NUMERIC;
    case 'phone':
      return PHONE;
    default: {
      const unhandled: never = mode;
      throw new Error(`no keyboard layout for ${String(unhandled)}`);
    }
  }
}

/** Every button name of a layout, for attributes that apply to all keys. */
export function allButtons(layout: KioskLayout): string {
  const names = new Set<string>();
  for (const rows of Object.values(layout.layout)) for (const row of rows) for (const b of row.split(' ')) names.add(b);
  return [...names].join(' ');
}
