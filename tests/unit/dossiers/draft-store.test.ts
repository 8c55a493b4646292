import { describe, expect, it } from 'vitest';
import { draftHasData, useDraft } from '../../../src-renderer/screens/dossiers/draft-store';
import { useNavigation } from '../../../src-renderer/stores/navigation-store';
import { resetSession } from '../../../src-renderer/stores/session-reset';

describe('dossier draft in the screen memory', () => {
  it('outlives a trip away from the form, and is wiped when the visit ends', () => {
    const nav = useNavigation.getState();
    nav.go('dossier.form', { procedureCode: '1.001193' });
    useDraft.getState().start('1.001193');
    useDraft.getState().setApplicant('citizenId', '014195001234');

    nav.go('language', {});
    expect(useDraft.getState().applicant.citizenId).toBe('014195001234');
    useNavigation.getState().back();
    useNavigation.getState().home();
    // The citizen chose to keep it: coming back to the same procedure finds it.
    useDraft.getState().start('1.001193');
    expect(useDraft.getState().applicant.citizenId).toBe('014195001234');

    resetSession();
    expect(useDraft.getState().applicant.citizenId).toBe('');
    expect(useDraft.getState().procedureCode).toBeNull();
  });

  it('starts empty for another procedure', () => {
    useNavigation.getState().go('dossier.form', { procedureCode: '1.001193' });
    useDraft.getState().start('1.001193');
    useDraft.getState().setForm('childName', 'An');
    useDraft.getState().start('1.000656');
    expect(useDraft.getState().form).toEqual({});
    useNavigation.getState().home();
  });

  it('knows whether anything was entered (blank boxes and an untouched form are nothing)', () => {
    useDraft.getState().clear();
    useDraft.getState().start('1.001193');
    expect(draftHasData(useDraft.getState())).toBe(false);
    useDraft.getState().setApplicant('phone', '   ');
    expect(draftHasData(useDraft.getState())).toBe(false);
    useDraft.getState().setDocument(0, true);
    expect(draftHasData(useDraft.getState())).toBe(true);
    useDraft.getState().clear();
    useDraft.getState().start('1.001193');
    useDraft.getState().setStep('form');
    expect(draftHasData(useDraft.getState())).toBe(true);
    useDraft.getState().clear();
  });
});
