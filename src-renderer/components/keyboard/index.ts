export { KeyboardDock, preloadKeyboard } from './KeyboardDock';
export { KioskTextField, type KioskTextFieldProps } from './KioskTextField';
export { keepFieldInView } from './keep-in-view';
export { useKeyboard } from './keyboard-store';
export type { FieldMode } from './text-edit';
