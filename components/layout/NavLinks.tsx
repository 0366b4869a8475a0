'use client';

import { usePathname } from 'next/navigation';

interface NavLink {
  href: string;
  label: string;
}

/** The header links, marking the current section for screen readers and sighted readers alike. */
export function NavLinks({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  const normalised = pathname.endsWith('/') ? pathname : `${pathname}/`;
  // The home link is current only on the home page; the others for their whole section.
  const isCurrent = (href: string, index: number) => (index === 0 ? normalised === href : normalised.startsWith(href));

  return (
    // On a phone the list is one row that scrolls sideways instead of wrapping onto a second and third line.
    <ul className="-mb-1 flex gap-1 overflow-x-auto whitespace-nowrap pb-1 text-[0.95rem] sm:mb-0 sm:flex-wrap sm:overflow-visible sm:pb-0">
      {links.map((link, index) => {
        const current = isCurrent(link.href, index);
        return (
          <li key={link.href}>
            <a
              href={link.href}
              aria-current={current ? 'page' : undefined}
              className={`inline-block rounded-md px-2.5 py-2 font-medium no-underline hover:bg-canvas ${
                current ? 'bg-canvas text-brand underline decoration-2 underline-offset-4' : 'text-ink'
              }`}
            >
              {link.label}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
