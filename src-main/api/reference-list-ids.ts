/**
 * The names of the bundled pick lists (reference-lists.ts), apart from their data so that the
 * catalog schema can name them without bringing the lists into every screen's start-up script.
 */
export const REFERENCE_LIST_IDS = ['ethnicGroups', 'provinces', 'nationalities'] as const;
export type ReferenceListId = (typeof REFERENCE_LIST_IDS)[number];
