'use client';

import { usePathname } from 'next/navigation';
import { switchLocalePath } from '@/lib/site/routes';

interface Props {
  target: string;
  label: string;
  short: string;
}

/**
 * A plain link to the same page in the other language. The query and the fragment (a guide's section, a checker
 * scenario) come along, so a reader lands where they were: the site script (components/enhance/enhance.ts) keeps
 * the link's address current through the `data-locale-switch` marker. Rendered at build time, never hydrated.
 */
export function LocaleSwitcherLink({ target, label, short }: Props) {
  const pathname = usePathname();

  // On a phone only the short code shows; the full label stays in the accessible name, after the visible code.
  return (
    <a
      href={switchLocalePath(pathname, target)}
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
