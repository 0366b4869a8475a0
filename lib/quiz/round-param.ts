import type { RoundKind } from './draw';

/** The `ronde` URL parameter that starts a round directly (shared as a QR code at the morning assembly). */
export const roundParam = 'ronde';
export const roundParamValues: Record<RoundKind, string> = { short: 'pendek', full: 'penuh' };

export type RoundRequest = { kind: 'none' } | { kind: 'round'; round: RoundKind } | { kind: 'unknown'; value: string };

/** Reads `?ronde=pendek` / `?ronde=penuh` from a query string; any other value is reported back as unknown. */
export function parseRoundRequest(search: string): RoundRequest {
  const value = new URLSearchParams(search).get(roundParam);
  if (value === null) return { kind: 'none' };
  const normalised = value.trim().toLowerCase();
  for (const [round, name] of Object.entries(roundParamValues) as [RoundKind, string][]) {
    if (normalised === name) return { kind: 'round', round };
  }
  return { kind: 'unknown', value };
}

/** The query string without the `ronde` parameter, so that a reload resumes instead of restarting. */
export function withoutRoundParam(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(roundParam);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
