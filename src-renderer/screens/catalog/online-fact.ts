import type { TFunction } from 'i18next';
import type { Procedure } from '../../../src-main/api/channels/catalog';
import { formatAlternatives } from '../../i18n/format';

/**
 * What the "online submission" fact says, from the catalog's data: the kiosk's own online level;
 * else the national portal when `submission.portal` says it takes the procedure online; else "no"
 * with the ways that do apply (at the counter, by post), never a counter-only answer by default.
 */
export function onlineFact(submission: Procedure['submission'], t: TFunction<'catalog'>, language: string): string {
  if (submission.onlineLevel !== 'none') return t(`procedure.onlineLevel.${submission.onlineLevel}`);
  if (submission.portal) return t('procedure.onlineLevel.portal');
  const ways = submission.channels.flatMap((c) => (c === 'online' ? [] : [t(`procedure.offlineWays.${c}`)]));
  if (ways.length === 0) return t('procedure.onlineLevel.noneOnly');
  return t('procedure.onlineLevel.none', { ways: formatAlternatives(ways, language) });
}
