import type { SourceLink } from '@/lib/report/view';

/** "Outlet, date; Outlet" with each linking to its entry on the sources page. No hooks: server or client. */
export function SourceLinks({ sources }: { sources: SourceLink[] }) {
  return sources.map((source, index) => (
    <span key={source.id}>
      {index > 0 && '; '}
      <a className="link" href={source.href}>
        {source.label}
      </a>
    </span>
  ));
}
