import { describe, expect, it } from 'vitest';
import { useDraft } from '../../../src-renderer/screens/dossiers/draft-store';
import { useNavigation } from '../../../src-renderer/stores/navigation-store';

describe('dossier draft in the screen memory', () => {
  it('survives a trip to the language screen, and is wiped when the citizen leaves the form', () => {
    const nav = useNavigation.getState();
    nav.go('dossier.form', { procedureCode: '1.001193' });
    useDraft.getState().start('1.001193');
    useDraft.getState().setApplicant('citizenId', '014195001234');

    nav.go('language', {});
    expect(useDraft.getState().applicant.citizenId).toBe('014195001234');
    useNavigation.getState().back();
    expect(useDraft.getState().applicant.citizenId).toBe('014195001234');

    useNavigation.getState().home();
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
});
