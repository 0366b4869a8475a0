'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { switchLocalePath } from '@/lib/site/routes';

interface Props {
  target: string;
  label: string;
  short: string;
}

/**
 * A plain link to the same page in the other language. The query and the fragment (a guide's section, a checker
 * scenario) come along, so a reader lands where they were. On the plain-HTML reading pages this component does not
 * hydrate; components/enhance/enhance.ts carries the fragment there through the `data-locale-switch` marker.
 */
export function LocaleSwitcherLink({ target, label, short }: Props) {
  const pathname = usePathname();
  const [suffix, setSuffix] = useState('');
  useEffect(() => {
    const update = () => setSuffix(window.location.search + window.location.hash);
    update();
    const events = ['popstate', 'hashchange', 'asn:querychange'];
    for (const name of events) window.addEventListener(name, update);
    return () => {
      for (const name of events) window.removeEventListener(name, update);
    };
  }, []);

  // On a phone only the short code shows; the full label stays in the accessible name, after the visible code.
  return (
    <a
      href={`${switchLocalePath(pathname, target)}${suffix}`}
      hrefLang={target}
      lang={target}
      data-locale-switch=""
      className="inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-2 rounded-md border border-line bg-canvas px-2 py-1.5 text-sm font-semibold text-brand no-underline hover:border-brand sm:px-3"
    >
      <span className="rounded bg-brand px-1.5 text-xs text-on-brand">{short}</span>
      <span className="sr-only sm:not-sr-only">{label}</span>
    </a>
  );
}
