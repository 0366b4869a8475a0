import type { CheckerCatalog } from './view-model';

/** A catalogue for tests that names everything by its id, so that a test sees which id a text came from. */
export const plainCatalog = {
  sanctions: {},
  instrumentName: (id: string) => ({ id, en: id }),
  violationName: (id: string) => id,
  sourceName: (id: string) => id,
  sourceHref: (locale: string, id: string) => `href of ${id} in ${locale}`,
  penaltyText: (id: string) => ({ name: `name of ${id}`, now: `now of ${id}`, history: [`history of ${id}`] }),
} satisfies CheckerCatalog;
