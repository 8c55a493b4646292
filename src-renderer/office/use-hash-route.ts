import { useEffect, useState } from 'react';

export type OfficeRoute =
  | { readonly name: 'inbox' | 'fleet' | 'feedback' | 'stats' | 'catalog' }
  | { readonly name: 'dossier'; readonly code: string };

export function parseRoute(hash: string): OfficeRoute {
  const dossier = /^#\/dossier\/([0-9A-Z]{13})$/.exec(hash);
  if (dossier) return { name: 'dossier', code: dossier[1] as string };
  const name = hash.replace(/^#\//, '');
  return name === 'fleet' || name === 'feedback' || name === 'stats' || name === 'catalog' ? { name } : { name: 'inbox' };
}

/** The page in the address bar's #fragment, so a dossier's page can be bookmarked and sent to a colleague. */
export function useHashRoute(): OfficeRoute {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
