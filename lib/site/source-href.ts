import { localePath, secondarySourcesPath, sectionPaths } from './routes';

/** What `sourceHref` needs of the content catalog (content/instruments.json and content/sources.json). */
export interface SourcePlaces {
  instruments: readonly { id: string }[];
  sources: readonly { id: string; kind: string }[];
}

/**
 * The address of a legal instrument or source entry, in one locale: instruments and seed articles are on the
 * sources page (`/id/sumber/#pp-94-2021`), secondary sources (news, official pages, document copies) on their own
 * page (`/id/sumber/sekunder/#<id>`). The only place that knows where an entry lives: every link to one is built here.
 * Throws on an id the catalog does not have, so that a bad reference fails the build instead of making a dead link.
 */
export function sourceHref(places: SourcePlaces, locale: string, id: string): string {
  const onMainPage = places.instruments.some((instrument) => instrument.id === id);
  const source = onMainPage ? undefined : places.sources.find((candidate) => candidate.id === id);
  if (!onMainPage && !source) throw new Error(`No instrument or source "${id}" (not in content/instruments.json or content/sources.json)`);
  const page = source && source.kind !== 'seed' ? secondarySourcesPath : sectionPaths.sources;
  return `${localePath(locale, page)}#${id}`;
}
