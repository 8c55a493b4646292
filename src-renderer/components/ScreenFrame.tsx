import type { ReactNode } from 'react';
import { useHelpText } from './help/screen-help';

/**
 * A screen's title and body; every screen has exactly one h1 for screen readers and axe.
 * `help` (translated text) is what the Help button says first on this screen.
 * `actions` is the screen's bottom row of buttons (one primary action per screen).
 */
export function ScreenFrame({
  title,
  children,
  testId,
  help,
  lead,
  actions,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  help?: string;
  lead?: string;
  actions?: ReactNode;
}) {
  useHelpText(help);
  return (
    <section className="screen" data-testid={testId} aria-labelledby="screen-title">
      <h1 id="screen-title" className="screen__title" tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="lead">{lead}</p> : null}
      <div className="screen__body">{children}</div>
      {actions ? <div className="screen__actions">{actions}</div> : null}
    </section>
  );
}
