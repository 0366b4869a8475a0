'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { switchLocalePath } from '@/lib/site/routes';

interface Props {
  target: string;
  label: string;
  short: string;
}

/** A plain link to the same page in the other language; the query and the fragment (a checker scenario, a section) come along. */
export function LocaleSwitcherLink({ target, label, short }: Props) {
  const pathname = usePathname();
  const [search, setSearch] = useState('');
  useEffect(() => {
    const update = () => setSearch(`${window.location.search}${window.location.hash}`);
    update();
    window.addEventListener('popstate', update);
    window.addEventListener('hashchange', update);
    window.addEventListener('asn:querychange', update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener('popstate', update);
      window.removeEventListener('asn:querychange', update);
    };
  }, []);

  return (
    <a
      href={`${switchLocalePath(pathname, target)}${search}`}
      hrefLang={target}
      lang={target}
      className="inline-flex min-h-11 items-center gap-2 rounded-md border border-line bg-canvas px-3 py-1.5 text-sm font-semibold text-brand no-underline hover:border-brand"
    >
      <span aria-hidden="true" className="rounded bg-brand px-1.5 text-xs text-on-brand">
        {short}
      </span>
      {label}
    </a>
  );
}
