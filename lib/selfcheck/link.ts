import { localePath, toolPaths } from '@/lib/site/routes';

/** The statuses the self-check asks about (its `status` answers, which are the checker's `actor` values). */
const statuses = new Set(['pns', 'cpns', 'pppk', 'non_asn']);

/**
 * "Check the rest of your footprint": the self-check's address, with the status already answered when the
 * checker knows the actor (`/id/periksa-diri/#status=pns`). TNI, Polri or no actor: the first question.
 */
export function selfCheckLink(locale: string, actor?: string): string {
  const base = localePath(locale, toolPaths.selfCheck);
  return actor && statuses.has(actor) ? `${base}#status=${actor}` : base;
}
