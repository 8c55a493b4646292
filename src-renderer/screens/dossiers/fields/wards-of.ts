import { communeEntry, matchCommunes } from '../../../../src-main/api/places/communes';
import type { PickSource } from './PickListField';

/** The communes and wards of a province as a pick list; none until the province names one of the 34. */
export const wardsOf = (province: string | null): PickSource => ({
  find: (value) => (province ? communeEntry(province, value) : null),
  match: (typed, limit) => (province ? matchCommunes(province, typed, limit) : []),
});
