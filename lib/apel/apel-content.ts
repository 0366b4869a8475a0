import 'server-only';
import { getCitable, getKeyPoints, type KeyPoint } from '@/lib/content/catalog';
import { content } from '@/lib/content/load';
import { localize } from '@/lib/content/localize';
import type { Pledge } from './pledge';
import type { ApelScript } from './script';

/** The do / don't summary that the slides and the poster show, from the shared content catalogue. */
export function getApelKeyPoints(): KeyPoint[] {
  return getKeyPoints();
}

export function getPledge(): Pledge {
  return content().pledge;
}

/** The speaker's script (its sources are checked by loadContent). */
export function getApelScript(): ApelScript {
  return content().apelScript;
}

/** Short names of the instruments and publishers of the sources behind `ids`, for a slide's source line. */
export function citationNames(ids: string[], locale: string): string[] {
  return [
    ...new Set(
      ids.map((id) => {
        const citable = getCitable(id);
        return citable.kind === 'instrument' ? localize(citable.instrument.short, locale) : localize(citable.source.outlet, locale);
      }),
    ),
  ];
}
