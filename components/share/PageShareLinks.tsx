'use client';

import { usePathname } from 'next/navigation';
import { whatsappShareUrl } from '@/lib/share/whatsapp';
import { CopyButton } from './CopyButton';

interface Props {
  siteUrl: string;
  labels: { copy: string; copied: string; copyFailed: string; whatsapp: string; opensWhatsapp: string };
}

/** The page's public address with copy and WhatsApp buttons. The path comes from the router, so the
 *  prerendered HTML already holds the right link; the site script adds a checker scenario's fragment on click. */
export function PageShareLinks({ siteUrl, labels }: Props) {
  const pathname = usePathname();
  const url = `${siteUrl}${pathname.endsWith('/') ? pathname : `${pathname}/`}`;
  return (
    <>
      <p className="mt-2 break-all font-mono text-sm">{url}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyButton text={url} withQuery label={labels.copy} copiedLabel={labels.copied} failedLabel={labels.copyFailed} />
        <a className="btn btn-secondary" href={whatsappShareUrl(url)} data-share-whatsapp={url} target="_blank" rel="noopener noreferrer">
          {labels.whatsapp} <span className="sr-only">{labels.opensWhatsapp}</span>
        </a>
      </div>
    </>
  );
}
