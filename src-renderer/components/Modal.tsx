import { type ReactNode, useEffect, useId, useRef } from 'react';
import { createPortal } from 'react-dom';

let openCount = 0;
let concealCount = 0;

/** While a modal is up, the page behind it can be neither touched nor tabbed into. */
function setPageInert(inert: boolean): void {
  const app = document.querySelector<HTMLElement>('.app');
  if (app) app.inert = inert;
}

/** Hides the page behind a dialog (not only dims it), so nothing personal on it can be read. */
function setPageConcealed(concealed: boolean): void {
  // On the body, which React does not render, so a re-render of the app cannot undo it.
  document.body.classList.toggle('page-concealed', concealed);
}

/**
 * Where dialogs open: the overlay layer inside the kiosk frame (index.html), so a dialog turns
 * and sizes with the rest of the UI when the frame is turned; the body on a page without it.
 */
function overlayLayer(): HTMLElement {
  return document.getElementById('kiosk-overlays') ?? document.body;
}

/**
 * A dialog over the page: a title, a body and its buttons. For short messages and choices (help,
 * the idle countdown, a confirmation), not for forms: the on-screen keyboard docks in the page.
 * Focus moves into the dialog and returns where it was when it closes; Escape and a tap on the
 * dimmed backdrop call `onClose` when one is given. `conceal` hides the page behind it altogether
 * (the idle question: whoever walks up to a kiosk left alone must not read the last visitor's data).
 */
export function Modal({
  title,
  children,
  onClose,
  role = 'dialog',
  testId,
  describedBy,
  size = 'normal',
  conceal = false,
}: {
  title: string;
  children: ReactNode;
  onClose?: () => void;
  role?: 'dialog' | 'alertdialog';
  testId?: string;
  describedBy?: string;
  size?: 'normal' | 'wide';
  conceal?: boolean;
}) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  // Whether this dialog hides the page is fixed when it opens.
  const concealRef = useRef(conceal);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    openCount += 1;
    setPageInert(true);
    const hides = concealRef.current;
    if (hides) concealCount += 1;
    setPageConcealed(concealCount > 0);
    const first = panel.current?.querySelector<HTMLElement>('[data-autofocus], button, [href], input');
    (first ?? panel.current)?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && closeRef.current) {
        e.preventDefault();
        closeRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      openCount -= 1;
      if (openCount === 0) setPageInert(false);
      if (hides) concealCount -= 1;
      setPageConcealed(concealCount > 0);
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return createPortal(
    // biome-ignore lint/a11y/noStaticElementInteractions: the backdrop is a large close target; Escape does the same from a keyboard
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape is handled on the document above
    <div
      className={`modal-backdrop${conceal ? ' modal-backdrop--conceal' : ''}`}
      onClick={(e) => {
        if (e.target === e.currentTarget) closeRef.current?.();
      }}
    >
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: role is dialog or alertdialog, both modal-capable */}
      <div
        ref={panel}
        className={`modal modal--${size}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        tabIndex={-1}
        data-testid={testId}
      >
        <h2 id={titleId} className="modal__title">
          {title}
        </h2>
        {children}
      </div>
    </div>,
    overlayLayer(),
  );
}
