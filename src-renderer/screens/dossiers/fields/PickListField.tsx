import { useTranslation } from 'react-i18next';
import { listEntry, matchList, type ReferenceListId } from '../../../../src-main/api/reference-lists';
import { Icon } from '../../../components/Icon';
import { KioskTextField } from '../../../components/keyboard';

const SHOWN = 6;

/**
 * A text field answered from a bundled list (the 54 ethnic groups, the 34 provinces): the citizen
 * types a few letters, with or without accents, and taps the entry. What is typed that names an
 * entry ("son la") becomes the entry as the list writes it; anything else is refused by the check.
 * The matches show above the box (read after it), where the docked keyboard never covers them.
 */
export function PickListField({
  list,
  label,
  hint,
  value,
  onChange,
  required,
  error,
  testId,
}: {
  list: ReferenceListId;
  label: string;
  hint?: string | undefined;
  value: string;
  onChange(value: string): void;
  required?: boolean | undefined;
  error?: string | undefined;
  testId: string;
}) {
  const { t } = useTranslation('dossiers');
  const chosen = listEntry(list, value);
  const matches = chosen === value ? [] : matchList(list, value, SHOWN);
  return (
    <div className="dossier-picklist">
      <KioskTextField
        label={label}
        hint={hint}
        value={value}
        onChange={onChange}
        onSubmit={() => {
          const only = chosen ?? (matches.length === 1 ? matches[0] : undefined);
          if (only) onChange(only);
        }}
        autoCapitalize="words"
        maxLength={60}
        required={required ?? false}
        error={error}
        testId={testId}
      />
      {matches.length > 0 ? (
        <ul
          ref={(el) => el?.scrollIntoView({ block: 'nearest' })}
          className="dossier-picklist__matches"
          aria-label={t('pick.matches')}
          data-testid={`${testId}-matches`}
        >
          {matches.map((m) => (
            <li key={m}>
              <button type="button" className="dossier-picklist__match" onClick={() => onChange(m)} data-testid={`${testId}-match`}>
                <Icon name="check" size={24} /> {m}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
