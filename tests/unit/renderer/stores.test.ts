// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { useKeyboard } from '../../../src-renderer/components/keyboard/keyboard-store';
import { useDraft } from '../../../src-renderer/screens/dossiers/draft-store';
import { applyA11yClasses, useA11y } from '../../../src-renderer/stores/a11y-store';
import { useKiosk } from '../../../src-renderer/stores/kiosk-store';
import { currentRoute, useNavigation } from '../../../src-renderer/stores/navigation-store';
import { registeredSessionResets, registerSessionReset, resetSession, sessionSnapshot } from '../../../src-renderer/stores/session-reset';

// Screens declare their own routes by declaration merging; a test stands in for one here.
declare module '../../../src-renderer/stores/navigation-store' {
  interface ScreenParams {
    'test.detail': { code: string };
  }
}

beforeEach(() => resetSession());

describe('navigation store', () => {
  it('starts home, stacks screens, goes back, and never pops its last screen', () => {
    const nav = useNavigation.getState();
    expect(currentRoute(useNavigation.getState())).toEqual({ screen: 'home', params: {} });
    nav.go('test.detail', { code: '1.001' });
    nav.go('language', {});
    nav.replace('test.detail', { code: '2.002' });
    expect(useNavigation.getState().stack.map((r) => r.screen)).toEqual(['home', 'test.detail', 'test.detail']);
    expect(currentRoute(useNavigation.getState())).toEqual({ screen: 'test.detail', params: { code: '2.002' } });
    nav.back();
    nav.back();
    nav.back();
    expect(useNavigation.getState().stack).toEqual([{ screen: 'home', params: {} }]);
  });

  it('home and attract each leave a single screen', () => {
    const nav = useNavigation.getState();
    nav.go('test.detail', { code: 'x' });
    nav.attract();
    expect(useNavigation.getState().stack).toEqual([{ screen: 'attract', params: {} }]);
    nav.home();
    expect(useNavigation.getState().stack).toEqual([{ screen: 'home', params: {} }]);
  });
});

describe('session reset', () => {
  it('puts every store holding a visitor’s data back to its initial state', () => {
    useNavigation.getState().go('test.detail', { code: '1.001' });
    useA11y.getState().setLargeText(true);
    useKeyboard.getState().setTelex(false);
    expect(registeredSessionResets()).toEqual(expect.arrayContaining(['navigation', 'a11y', 'keyboard', 'dossier.draft']));
    expect(resetSession()).toEqual([]);
    expect(useNavigation.getState().stack).toEqual([{ screen: 'home', params: {} }]);
    expect(useA11y.getState().largeText).toBe(false);
    expect(useKeyboard.getState().telex).toBeNull();
    // The reset functions survive: the store still works for the next visitor.
    useA11y.getState().setHighContrast(true);
    expect(useA11y.getState().highContrast).toBe(true);
  });

  it('runs every reset even when one throws, and names the one that failed', () => {
    let cleared = false;
    const errors: string[] = [];
    const stopBroken = registerSessionReset('broken', () => {
      throw new Error('cannot');
    });
    const stopBuffer = registerSessionReset(
      'buffer',
      () => {
        cleared = true;
      },
      () => ({ cleared }),
    );
    try {
      expect(resetSession((name, error) => errors.push(`${name}: ${(error as Error).message}`))).toEqual(['broken']);
      expect(cleared).toBe(true);
      expect(errors).toEqual(['broken: cannot']);
      expect(sessionSnapshot().buffer).toEqual({ cleared: true });
    } finally {
      stopBroken();
      stopBuffer();
    }
    expect(registeredSessionResets()).not.toContain('broken');
  });
});

describe('dossier draft', () => {
  it('is wiped when its form leaves the navigation stack, and kept while the form is under another screen', () => {
    const nav = useNavigation.getState();
    nav.go('dossier.form', { procedureCode: '1.001' });
    useDraft.getState().start('1.001');
    useDraft.getState().setApplicant('fullName', 'Nguyễn Văn An');
    nav.go('language', {});
    expect(useDraft.getState().applicant.fullName).toBe('Nguyễn Văn An');
    nav.home();
    expect(useDraft.getState().procedureCode).toBeNull();
    expect(useDraft.getState().applicant.fullName).toBe('');
  });

  it('starts over only for another procedure', () => {
    useNavigation.getState().go('dossier.form', { procedureCode: '1.001' });
    useDraft.getState().start('1.001');
    useDraft.getState().setForm('reason', 'x');
    useDraft.getState().start('1.001');
    expect(useDraft.getState().form).toEqual({ reason: 'x' });
    useDraft.getState().start('2.002');
    expect(useDraft.getState().form).toEqual({});
  });
});

describe('kiosk store', () => {
  it('applies a technician’s public settings only once the kiosk info is known', () => {
    const config = { centerName: 'UBND phường Ba Đình', defaultLanguage: 'en', idleTimeoutS: 90, orientation: 'portrait' } as const;
    useKiosk.setState({ info: null });
    useKiosk.getState().applyPublicConfig(config as never);
    expect(useKiosk.getState().info).toBeNull();
    useKiosk
      .getState()
      .setInfo({ kioskId: 'K1', centerName: 'old', defaultLanguage: 'vi', idleTimeoutS: 60, orientation: 'auto' } as never);
    useKiosk.getState().applyPublicConfig(config as never);
    expect(useKiosk.getState().info).toMatchObject({ kioskId: 'K1', ...config });
  });
});

describe('display aids', () => {
  it('mirror onto <html> classes the stylesheet reads', () => {
    const root = document.documentElement;
    applyA11yClasses(root, { highContrast: true, largeText: false });
    expect([...root.classList]).toEqual(['hc']);
    applyA11yClasses(root, { highContrast: false, largeText: true });
    expect([...root.classList]).toEqual(['large-text']);
  });
});
