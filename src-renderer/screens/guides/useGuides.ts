import { useEffect, useState } from 'react';
import type { Guide } from '../../../src-main/api/channels/guides';
import { useApi } from '../../api/api-context';

/** The guides as the kiosk has them now; null while loading, [] when they could not be read. */
export function useGuides(): Guide[] | null {
  const api = useApi();
  const [guides, setGuides] = useState<Guide[] | null>(null);
  useEffect(() => {
    let live = true;
    api.call('guides.list', {}).then(
      (r) => live && setGuides(r.guides),
      () => live && setGuides([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return guides;
}
