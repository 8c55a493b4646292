import { useEffect, useState } from 'react';
import type { CurrentPlace } from '../../../../src-main/api/places/mergers';

type MergedInto = (address: string) => CurrentPlace[];

/**
 * The old → new commune table (about 10,800 rows), fetched only once an address has to be picked:
 * most addresses (typed today, read from a new card) never need it. Null until it has arrived.
 */
export function useMergers(needed: boolean): MergedInto | null {
  const [mergedInto, setMergedInto] = useState<MergedInto | null>(null);
  useEffect(() => {
    if (!needed || mergedInto) return;
    let live = true;
    void import('../../../../src-main/api/places/mergers').then((m) => {
      if (live) setMergedInto(() => m.mergedInto);
    });
    return () => {
      live = false;
    };
  }, [needed, mergedInto]);
  return mergedInto;
}
