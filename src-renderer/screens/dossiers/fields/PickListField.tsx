import { useTranslation } from 'react-i18next';
import { listEntry, matchList, type ReferenceListId } from '../../../../src-main/api/reference-lists';
import { Icon } from '../../../components/Icon';
import { KioskTextField, keepFieldInView } from '../../../components/keyboard';

const SHOWN = 6;

/** What every answer field of the dossier form takes. */
export interface DossierFieldProps {
  label: string;
  hint?: string | undefined;
  value: string;
  onChange(value: string): void;
  required?: boolean | undefined;
  error?: string | undefined;
  testId: string;
}

/** Where a pick list's entries come from: a bundled list, or any finder (a province's communes). */
export interface PickSource {
  /** The entry the text names (folded, with or without its prefix), or null. */
  find(value: string): string | null;
  /** Entries matching what is typed, at most `limit`. */
  match(typed: string, limit: number): string[];
}

/** A second name of an entry, in the language it is written in (a country in English or Arabic). */
export interface OtherName {
  text: string;
  lang: string;
}

export const listSource = (list: ReferenceListId): PickSource => ({
  find: (value) => listEntry(list, value),
  match: (typed, limit) => matchList(list, typed, limit),
});

/**
 * A text field answered from a bundled list (the 54 ethnic groups, the 34 provinces, a province's
 * communes, the nationalities): the citizen types a few letters, with or without accents, and
 * taps the entry. What is typed that names an entry ("son la") becomes the entry as the list
 * writes it; anything else is refused by the check. `suggest` offers entries before anything is
 * typed (Việt Nam for a nationality, an old address's commune); `describe` adds a second name
 * (the country in the screen's language). The matches show under the box, inside the field's
 * group (above its hint), so a match reads as this field's answer and not the next field's; while
 * typing they are scrolled into sight above the docked keyboard.
 */
export function PickListField(
  props: DossierFieldProps & {
    list?: ReferenceListId | undefined;
    source?: PickSource | undefined;
    disabled?: boolean | undefined;
    suggest?: readonly string[] | undefined;
    /** Says why the suggestions are offered ("after the old commune …"). */
    suggestLabel?: string | undefined;
    /** A second name for an entry matched by what is typed (empty before anything is typed). */
    describe?: ((entry: string, typed: string) => OtherName | undefined) | undefined;
  },
) {
  const { list, source, value, onChange, required, testId, disabled, suggest, suggestLabel, describe } = props;
  const { t } = useTranslation('dossiers');
  const from = source ?? listSource(list ?? 'provinces');
  const chosen = from.find(value);
  const typed = value.trim() ? from.match(value, SHOWN) : [...(suggest ?? [])];
  const matches = disabled || chosen === value ? [] : typed.slice(0, SHOWN);
  const below =
    matches.length > 0 ? (
      <>
        {!value.trim() && suggestLabel ? (
          <p className="dossier-picklist__caption" data-testid={`${testId}-suggested`}>
            {suggestLabel}
          </p>
        ) : null}
        <ul
          ref={(el) => {
            // While typing, keep the matches in sight with the field they answer (its label, hint and
            // error too when they fit above the keyboard); suggestions alone must not pull the page.
            if (value.trim() && el) keepFieldInView(el);
          }}
          className="dossier-picklist__matches"
          aria-label={t('pick.matches')}
          data-testid={`${testId}-matches`}
        >
          {matches.map((m) => {
            const other = describe?.(m, value);
            return (
              <li key={m}>
                <button type="button" className="dossier-picklist__match" onClick={() => onChange(m)} data-testid={`${testId}-match`}>
                  <Icon name="check" size={24} /> {m}
                  {other && other.text !== m ? (
                    <span className="dossier-picklist__other" lang={other.lang} data-testid={`${testId}-match-other`}>
                      ({other.text})
                    </span>
                  ) : null}
                </button>
              </li>
            );
          })}
        </ul>
      </>
    ) : null;
  return (
    <KioskTextField
      className="dossier-picklist"
      label={props.label}
      hint={props.hint}
      value={value}
      onChange={onChange}
      onSubmit={() => {
        const only = chosen ?? (matches.length === 1 ? matches[0] : undefined);
        if (only) onChange(only);
      }}
      autoCapitalize="words"
      maxLength={80}
      required={required ?? false}
      error={props.error}
      testId={testId}
      disabled={disabled ?? false}
      below={below}
    />
  );
}
