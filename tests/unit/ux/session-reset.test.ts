import { afterEach, describe, expect, it } from 'vitest';
import { create } from 'zustand';
import {
  registeredSessionResets,
  registerSessionReset,
  registerSessionStore,
  resetSession,
  sessionSnapshot,
} from '../../../src-renderer/stores/session-reset';

const PERSONAL = ['Nguyễn Văn An', '001203456789', '0912345678'];

describe('session reset registry', () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });

  it('puts every registered store back to its initial state, actions included', () => {
    const useForm = create<{ name: string; idNumber: string; setName(n: string): void }>((set) => ({
      name: '',
      idNumber: '',
      setName: (name) => set({ name }),
    }));
    cleanups.push(registerSessionStore('test.form', useForm));
    useForm.getState().setName(PERSONAL[0] as string);
    useForm.setState({ idNumber: PERSONAL[1] as string });
    expect(JSON.stringify(sessionSnapshot())).toContain(PERSONAL[0]);

    expect(resetSession()).toEqual([]);
    expect(useForm.getState().name).toBe('');
    expect(useForm.getState().idNumber).toBe('');
    useForm.getState().setName('again'); // the action survived the reset
    expect(useForm.getState().name).toBe('again');
  });

  it('runs plain reset functions and leaves no personal data in any snapshot', () => {
    const scans: string[] = [];
    cleanups.push(
      registerSessionReset(
        'test.scans',
        () => scans.splice(0),
        () => [...scans],
      ),
    );
    scans.push(PERSONAL[2] as string);
    resetSession();
    const snapshot = JSON.stringify(sessionSnapshot());
    for (const value of PERSONAL) expect(snapshot).not.toContain(value);
  });

  it('keeps resetting the others when one reset throws, and says which failed', () => {
    const useA = create<{ v: string }>(() => ({ v: '' }));
    cleanups.push(registerSessionStore('test.a', useA));
    cleanups.push(
      registerSessionReset('test.broken', () => {
        throw new Error('boom');
      }),
    );
    useA.setState({ v: PERSONAL[0] as string });
    const errors: string[] = [];
    expect(resetSession((name) => errors.push(name))).toEqual(['test.broken']);
    expect(errors).toEqual(['test.broken']);
    expect(useA.getState().v).toBe('');
  });

  it('unregisters, and a later registration under the same name replaces the earlier one', () => {
    const off = registerSessionReset('test.x', () => undefined);
    expect(registeredSessionResets()).toContain('test.x');
    const off2 = registerSessionReset('test.x', () => undefined);
    off(); // the stale handle does not remove the newer entry
    expect(registeredSessionResets()).toContain('test.x');
    off2();
    expect(registeredSessionResets()).not.toContain('test.x');
  });

  it('registers the kit stores themselves', async () => {
    await import('../../../src-renderer/stores/navigation-store');
    await import('../../../src-renderer/stores/a11y-store');
    await import('../../../src-renderer/components/keyboard/keyboard-store');
    expect(registeredSessionResets()).toEqual(expect.arrayContaining(['navigation', 'a11y', 'keyboard']));
  });
});
