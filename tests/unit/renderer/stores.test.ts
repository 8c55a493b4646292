// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { applyA11yClasses } from '../../../src-renderer/stores/a11y-store';
import { useKiosk } from '../../../src-renderer/stores/kiosk-store';
import { currentRoute, useNavigation } from '../../../src-renderer/stores/navigation-store';
import { resetSession } from '../../../src-renderer/stores/session-reset';

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
