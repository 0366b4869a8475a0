'use client';

import type { ReactNode } from 'react';
import { withEvent } from '@/lib/apel/event';
import { useApelEvent } from './useApelEvent';

/** A link to another part of the kit that takes this page's event along in its fragment. */
export function EventLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <a className={className} href={withEvent(href, useApelEvent())}>
      {children}
    </a>
  );
}
