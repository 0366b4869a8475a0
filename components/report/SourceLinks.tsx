import type { SourceLink } from '@/lib/report/view';

/** "Outlet, date; Outlet" with each linking to its entry on the sources page. No hooks: server or client. */
export function SourceLinks({ sources, sourcesPath }: { sources: SourceLink[]; sourcesPath: string }) {
  return sources.map((source, index) => (
    <span key={source.id}>
      {index > 0 && '; '}
      <a className="link" href={`${sourcesPath}#${source.id}`}>
        {source.label}
      </a>
    </span>
  ));
}
