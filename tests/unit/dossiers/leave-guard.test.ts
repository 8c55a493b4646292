// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { type LeaveIntent, leaveNow, requestLeave, useLeaveGuard } from '../../../src-renderer/stores/leave-guard';
import { useNavigation } from '../../../src-renderer/stores/navigation-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const screens = () => useNavigation.getState().stack.map((r) => r.screen);

function Guarded({ answer }: { answer: (intent: LeaveIntent) => boolean }) {
  useLeaveGuard(answer);
  return null;
}

function mount(answer: (intent: LeaveIntent) => boolean): () => void {
  const root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Guarded, { answer })));
  return () => act(() => root.unmount());
}

describe('Back and Home of the help bar', () => {
  afterEach(() => useNavigation.getState().home());

  it('go back and home when no screen answers', () => {
    useNavigation.getState().go('language', {});
    requestLeave('back');
    expect(screens()).toEqual(['home']);
    useNavigation.getState().go('language', {});
    requestLeave('home');
    expect(screens()).toEqual(['home']);
  });

  it('let the mounted screen answer first, and stop asking it once it is gone', () => {
    const asked: LeaveIntent[] = [];
    useNavigation.getState().go('language', {});
    const unmount = mount((intent) => {
      asked.push(intent);
      return true;
    });
    requestLeave('back');
    requestLeave('home');
    expect(asked).toEqual(['back', 'home']);
    expect(screens()).toEqual(['home', 'language']);
    leaveNow('back');
    expect(screens()).toEqual(['home']);
    unmount();
    useNavigation.getState().go('language', {});
    requestLeave('home');
    expect(asked).toEqual(['back', 'home']);
    expect(screens()).toEqual(['home']);
  });
});
