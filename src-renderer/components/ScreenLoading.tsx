import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How long a screen may take to appear before the kiosk says it is on its way. */
const QUIET_MS = 400;

/**
 * Stands in for a screen whose code is still loading (components/lazy-screen.tsx). Usually that
 * is a blink and nothing is shown; if it takes longer, a large "Opening…" tells the person that
 * their tap was taken, so they do not tap again.
 */
export function ScreenLoading() {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), QUIET_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="screen-loading" aria-busy="true" data-testid="screen-loading">
      {slow ? (
        <p className="screen-loading__text" role="status">
          {t('nav.opening')}
        </p>
      ) : null}
    </div>
  );
}
