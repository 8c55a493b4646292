import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { TouchButton } from '../../components/TouchButton';

/**
 * Back and forward under a step of a form (a dossier, a feedback): back is missing on the first
 * step (or replaced by `instead`), forward becomes the final action on the last step.
 */
export function StepActions({
  t,
  flow,
  finish,
  finishing,
  failure,
  first,
  last,
  busy,
  onPrevious,
  onNext,
  instead,
}: Readonly<{
  /** The flow's own namespace: `actions.previous`, `actions.next`, `actions.<finish>`, `actions.<finishing>`. */
  t: TFunction;
  /** The flow's name, first word of the test ids (`dossier-prev`, `dossier-next`, `dossier-submit`). */
  flow: string;
  /** The final action (`submit`, `send`): its string key and test id. */
  finish: string;
  /** The string key said while the final action runs (`submitting`). */
  finishing: string;
  /** Why the last action failed, said above the buttons; `[text, test id]`. */
  failure?: readonly [string, string] | null;
  first: boolean;
  last: boolean;
  busy: boolean;
  onPrevious(): void;
  onNext(): void;
  /** Shown in the back button's place on the first step. */
  instead?: ReactNode;
}>) {
  return (
    <>
      {failure ? (
        <p className="dossier-alert" role="alert" data-testid={failure[1]}>
          {failure[0]}
        </p>
      ) : null}
      <div className="dossier-actions">
        {first ? (
          (instead ?? <span />)
        ) : (
          <TouchButton size="large" icon="back" className="flip-rtl" onClick={onPrevious} disabled={busy} data-testid={`${flow}-prev`}>
            {t('actions.previous')}
          </TouchButton>
        )}
        <TouchButton
          variant="primary"
          size="large"
          icon={last ? 'check' : undefined}
          onClick={onNext}
          disabled={busy}
          data-testid={`${flow}-${last ? finish : 'next'}`}
        >
          {last ? t(`actions.${busy ? finishing : finish}`) : t('actions.next')}
        </TouchButton>
      </div>
    </>
  );
}
