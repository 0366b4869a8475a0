import 'server-only';
import pledgeData from '@/content/pledge.json';
import scriptData from '@/content/apel-script.json';
import { getCitable, getKeyPoints, type KeyPoint } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localized';
import { ContentError, parseContent } from '@/lib/content/validate';
import { type Pledge, pledgeSchema } from './pledge';
import { type ApelScript, apelScriptSchema } from './script';

/** The do / don't summary that the slides and the poster show, from the shared content catalogue. */
export function getApelKeyPoints(): KeyPoint[] {
  return getKeyPoints();
}

export function getPledge(): Pledge {
  return parseContent(pledgeSchema, pledgeData, 'content/pledge.json');
}

/** The speaker's script; every source it cites must exist (a bad id stops the build, naming the point). */
export function getApelScript(): ApelScript {
  const script = parseContent(apelScriptSchema, scriptData, 'content/apel-script.json');
  for (const point of script.neutrality.points) {
    for (const id of point.sources) {
      try {
        getCitable(id);
      } catch {
        throw new ContentError(`Invalid content in content/apel-script.json:\n  neutrality.points.${point.id}.sources: unknown source or instrument "${id}"`);
      }
    }
  }
  return script;
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
