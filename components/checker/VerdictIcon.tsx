import type { Outcome } from '@/lib/rules/browser';

/** A shape per verdict, so that the answer never rests on colour alone. The word beside it carries the meaning. */
export function VerdictIcon({ verdict, className = 'size-7' }: { verdict: Outcome; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={`shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round">
      {verdict === 'caution' ? <path d="M12 3 2.5 20h19L12 3Z" /> : <circle cx="12" cy="12" r="9.5" />}
      {verdict === 'allowed' && <path d="m7.5 12.5 3 3 6-6.5" />}
      {verdict === 'violation' && <path d="m8.5 8.5 7 7m0-7-7 7" />}
      {verdict === 'caution' && <path d="M12 9.5v4.5m0 3v.01" />}
      {verdict === 'incomplete' && <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6m0 3v.01" />}
    </svg>
  );
}

/** Border, background and text colours of each verdict (tokens in app/globals.css). */
export const verdictTone: Record<Outcome, string> = {
  allowed: 'border-allowed bg-allowed-bg text-allowed',
  violation: 'border-violation bg-violation-bg text-violation',
  caution: 'border-caution bg-caution-bg text-caution',
  incomplete: 'border-line bg-surface text-ink',
};
