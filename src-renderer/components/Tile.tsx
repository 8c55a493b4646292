import type { ReactNode } from 'react';

/** A large square choice on a grid (a field of procedures, a service, a language). */
export function Tile({
  title,
  subtitle,
  icon,
  onPress,
  testId,
  lang,
}: {
  title: string;
  subtitle?: string;
  icon?: ReactNode;
  onPress(): void;
  testId?: string;
  lang?: string;
}) {
  return (
    <button type="button" className="tile" onClick={onPress} data-testid={testId} lang={lang}>
      {icon ? <span className="tile__icon">{icon}</span> : null}
      <span className="tile__title">{title}</span>
      {subtitle ? <span className="tile__subtitle">{subtitle}</span> : null}
    </button>
  );
}
