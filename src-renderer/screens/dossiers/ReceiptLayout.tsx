import type { ReactNode } from 'react';
import { Icon } from '../../components/Icon';
import { TouchButton } from '../../components/TouchButton';
import { useNavigation } from '../../stores/navigation-store';
import { CodeQr } from './CodeQr';

/**
 * A receipt on screen (a dossier's, a feedback's): what was saved on the left; on the right the
 * code's QR, anything the flow adds (the printer's answer), the way to look it up later, and done.
 */
export function ReceiptLayout({
  saved,
  codeLabel,
  main,
  code,
  qrLabel,
  side,
  lookup,
  done,
}: Readonly<{
  /** "Saved": the first thing the citizen reads. */
  saved: string;
  /** What the code under it is called ("Dossier code", "Reference"). */
  codeLabel: string;
  main: ReactNode;
  code: string;
  qrLabel: string;
  side?: ReactNode;
  lookup: Readonly<{ text: string; testId: string; onClick(): void }>;
  done: Readonly<{ text: string; testId: string }>;
}>) {
  return (
    <div className="dossier-receipt">
      <div className="dossier-receipt__main">
        <p className="dossier-receipt__saved">
          <Icon name="check" size={40} /> {saved}
        </p>
        <p className="dossier-receipt__code-label">{codeLabel}</p>
        {main}
      </div>
      <div className="dossier-receipt__side">
        <CodeQr data={code} label={qrLabel} />
        {side}
        <TouchButton size="large" onClick={lookup.onClick} data-testid={lookup.testId}>
          {lookup.text}
        </TouchButton>
        <TouchButton variant="primary" size="large" icon="check" onClick={() => useNavigation.getState().home()} data-testid={done.testId}>
          {done.text}
        </TouchButton>
      </div>
    </div>
  );
}
