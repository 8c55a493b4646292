import { useEffect, useState } from 'react';
import type { FieldSummary } from '../../../src-main/api/channels/catalog';
import { useApi } from '../../api/api-context';

/** The catalog's fields with their procedure counts, asked once per screen. */
export function useFields(): { fields: readonly FieldSummary[] | null; failed: boolean } {
  const api = useApi();
  const [fields, setFields] = useState<readonly FieldSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    api.call('catalog.fields', {}).then(
      (r) => live && setFields(r.fields),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return { fields, failed };
}
