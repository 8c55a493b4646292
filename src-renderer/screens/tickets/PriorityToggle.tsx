import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

/** A large on/off switch saying who may ask for priority, so nobody has to guess. */
export function PriorityToggle({
  on,
  onChange,
  disabled,
  label,
}: {
  on: boolean;
  onChange(on: boolean): void;
  disabled?: boolean;
  /** Replaces the citizen's first-person label ("I need priority"), for the desk. */
  label?: string;
}) {
  const { t } = useTranslation('tickets');
  return (
    <button
      type="button"
      className={`priority-toggle${on ? ' priority-toggle--on' : ''}`}
      aria-pressed={on}
      onClick={() => onChange(!on)}
      disabled={disabled}
      data-testid="priority-toggle"
    >
      <span className="priority-toggle__box" aria-hidden="true">
        {on ? <Icon name="check" size={40} /> : null}
      </span>
      <span className="priority-toggle__text">
        <span className="priority-toggle__label">{on ? t('priority.on') : (label ?? t('priority.label'))}</span>
        <span className="priority-toggle__who">{t('priority.who')}</span>
      </span>
    </button>
  );
}
