import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeyboard } from './keyboard-store';

const KeyboardPanel = lazy(() => import('./KeyboardPanel'));

/** Loads the keyboard code ahead of the first tap on a field, once the first screen is up. */
export function preloadKeyboard(): void {
  void import('./KeyboardPanel');
}

/**
 * Where the on-screen keyboard appears: docked at the bottom, above the help bar, taking real
 * space so the field being typed in stays visible above it. Present only while a KioskTextField
 * has focus. Pressing on the dock never takes focus away from the field.
 */
export function KeyboardDock() {
  const { t } = useTranslation();
  const target = useKeyboard((s) => s.target);
  if (!target) return null;
  return (
    <section
      className="kbd-dock"
      aria-label={t('keyboard.label', { field: target.label })}
      dir="ltr"
      data-testid="keyboard"
      data-mode={target.mode}
      onMouseDown={(e) => e.preventDefault()}
    >
      <p className="kbd-dock__field" dir="auto">
        {t('keyboard.typingInto', { field: target.label })}
      </p>
      <Suspense fallback={<div className="kbd kbd--loading" />}>
        <KeyboardPanel target={target} />
      </Suspense>
    </section>
  );
}
