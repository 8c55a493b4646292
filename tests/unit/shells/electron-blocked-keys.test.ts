import { describe, expect, it } from 'vitest';
import { isBlockedKey, type KeyInput } from '../../../src-main/shells/electron/blocked-keys';

const key = (k: string, mods: Partial<Omit<KeyInput, 'key'>> = {}): KeyInput => ({
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('blocked key combinations', () => {
  it.each([
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+Shift+W', key('W', { control: true, shift: true })],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl++', key('+', { control: true, shift: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Ctrl+N', key('n', { control: true })],
    ['Ctrl+T', key('t', { control: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['Ctrl+O', key('o', { control: true })],
    ['Ctrl+S', key('s', { control: true })],
    ['Ctrl+U', key('u', { control: true })],
    ['Ctrl+Tab', key('Tab', { control: true })],
    ['Cmd+W', key('w', { meta: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['Alt+Home', key('Home', { alt: true })],
    ['Alt+Space', key(' ', { alt: true })],
    ['Alt alone', key('Alt', { alt: true })],
    ['the Back key', key('BrowserBack')],
    ['the Refresh key', key('BrowserRefresh')],
    ['the Zoom In key', key('ZoomIn')],
    ['the context menu key', key('ContextMenu')],
    ['Ctrl+Alt+Delete as Chromium sees it', key('Delete', { control: true, alt: true })],
  ])('swallows %s', (_label, input) => {
    expect(isBlockedKey(input)).toBe(true);
  });

  it.each([
    ['a letter', key('a')],
    ['a Vietnamese letter', key('ư')],
    ['a capital', key('A', { shift: true })],
    ['a digit', key('7')],
    ['Enter', key('Enter')],
    ['Backspace', key('Backspace')],
    ['Escape', key('Escape')],
    ['Tab', key('Tab')],
    ['an arrow', key('ArrowDown')],
    ['Ctrl+C', key('c', { control: true })],
    ['Ctrl+V', key('v', { control: true })],
    ['Ctrl+Shift+Z', key('Z', { control: true, shift: true })],
    ['Ctrl+A', key('a', { control: true })],
    ['Ctrl+Backspace', key('Backspace', { control: true })],
    ['AltGr+a on a Polish keyboard (Ctrl+Alt on Windows)', key('ą', { control: true, alt: true })],
    ['Ctrl alone', key('Control', { control: true })],
  ])('lets %s through', (_label, input) => {
    expect(isBlockedKey(input)).toBe(false);
  });
});
