import { describe, expect, it } from 'vitest';
import { DOSSIER_ALPHABET } from '../../../src-main/api/codes';
import { allButtons, layoutFor } from '../../../src-renderer/components/keyboard/layouts';
import { insertText, sanitize } from '../../../src-renderer/components/keyboard/text-edit';

describe('the code keyboard', () => {
  it('offers exactly the characters dossier codes are made of', () => {
    const keys = allButtons(layoutFor('code'))
      .split(' ')
      .filter((k) => !k.startsWith('{'));
    expect([...keys].sort()).toEqual([...DOSSIER_ALPHABET].sort());
    for (const lookAlike of ['O', 'I', '0', '1', '-']) expect(keys).not.toContain(lookAlike);
  });

  it('groups as the receipt does while the citizen types, one key at a time', () => {
    let state = { value: '', start: 0, end: 0 };
    for (const key of 'K7Q2M9XA4BCDZ') {
      const next = insertText(state, key);
      const value = sanitize('code', next.value);
      const caret = sanitize('code', next.value.slice(0, next.start)).length;
      state = { value, start: caret, end: caret };
    }
    expect(state).toEqual({ value: 'K7Q2 M9XA 4BCD Z', start: 16, end: 16 });
  });
});
