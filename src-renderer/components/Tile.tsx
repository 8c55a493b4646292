import type { ReactNode } from 'react';

/** A large square choice on a grid (a field of procedures, a service, a language). */
export function Tile({
  title,
  subtitle,
  icon,
  onPress,
  testId,
  lang,
  dir,
  selected,
  disabled,
}: {
  title: string;
  subtitle?: string;
  icon?: ReactNode;
  onPress(): void;
  testId?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Marks the current choice (the language in use). */
  selected?: boolean;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      className={`tile${selected ? ' tile--selected' : ''}`}
      onClick={onPress}
      data-testid={testId}
      aria-current={selected ? 'true' : undefined}
      disabled={disabled}
    >
      {icon ? <span className="tile__icon">{icon}</span> : null}
      <span className="tile__title" lang={lang} dir={dir}>
        {title}
      </span>
      {subtitle ? <span className="tile__subtitle">{subtitle}</span> : null}
    </button>
  );
}
