import { useTranslation } from 'react-i18next';

const TONE_KEYS = ['none', 'grave', 'acute', 'hook', 'tilde', 'dot'] as const;

/**
 * For people who know no input method: after a vowel is tapped, its six forms appear as large
 * keys and one tap puts the chosen one in place of the vowel. The strip keeps its height when
 * empty so the keys below never jump under a finger.
 */
export function TonePicker({
  tone,
  onPick,
  telex = false,
}: {
  tone: { char: string; forms: string[] } | null;
  onPick(form: string): void;
  /** Telex is on: the empty strip says in plain words what it does to the letters typed. */
  telex?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="tone-picker" data-testid="tone-picker">
      <legend className="visually-hidden">{t('keyboard.toneGroup')}</legend>
      {tone ? (
        tone.forms.map((form, i) => (
          <button
            key={form}
            type="button"
            tabIndex={-1}
            className={`tone-picker__key${form === tone.char ? ' tone-picker__key--current' : ''}`}
            aria-pressed={form === tone.char}
            data-testid={`tone-${i}`}
            onClick={() => onPick(form)}
          >
            <span className="tone-picker__char" lang="vi">
              {form}
            </span>{' '}
            <span className="tone-picker__name">{t(`keyboard.tone.${TONE_KEYS[i] ?? 'none'}`)}</span>
          </button>
        ))
      ) : (
        <p className="tone-picker__hint" data-testid="tone-hint">
          {telex ? t('keyboard.telexHint') : t('keyboard.toneHint')}
        </p>
      )}
    </fieldset>
  );
}
