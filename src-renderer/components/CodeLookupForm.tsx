import { KioskTextField } from './keyboard';
import { TouchButton } from './TouchButton';

/** The words and test ids of one lookup: the field, its hint, and the button at rest and at work. */
export interface CodeLookupTexts {
  readonly label: string;
  readonly hint: string;
  readonly go: string;
  readonly looking: string;
  readonly inputTestId: string;
  readonly goTestId: string;
}

/**
 * A code typed from a paper (a dossier receipt, a feedback reference) and the button that looks it
 * up: one form for every "look up what I handed in" screen, so each checks and says the same.
 */
export function CodeLookupForm({
  texts,
  value,
  onChange,
  problem,
  busy,
  onLookup,
}: Readonly<{
  texts: CodeLookupTexts;
  value: string;
  onChange(value: string): void;
  problem: string | null;
  busy: boolean;
  onLookup(code: string): void;
}>) {
  return (
    <form
      className="dossier-lookup"
      onSubmit={(e) => {
        e.preventDefault();
        onLookup(value);
      }}
    >
      <KioskTextField
        label={texts.label}
        hint={texts.hint}
        value={value}
        onChange={onChange}
        mode="code"
        maxLength={20}
        error={problem ?? undefined}
        testId={texts.inputTestId}
      />
      <TouchButton type="submit" variant="primary" size="large" disabled={busy || !value.trim()} data-testid={texts.goTestId}>
        {busy ? texts.looking : texts.go}
      </TouchButton>
    </form>
  );
}
