'use client';

import { useState } from 'react';
import { copyText } from '@/lib/site/copy-text';

interface Props {
  text: string;
  /** Add the current query and fragment, so that a shared checker scenario comes along. */
  withQuery?: boolean;
  label: string;
  copiedLabel: string;
  failedLabel: string;
  className?: string;
}

/** Copies a text to the clipboard and says so in a live region; where copying is blocked, says how to copy by hand. */
export function CopyButton({ text, withQuery = false, label, copiedLabel, failedLabel, className = 'btn' }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await copyText(withQuery ? `${text}${window.location.search}${window.location.hash}` : text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <>
      {/* The data attributes let components/enhance/enhance.ts do the same on pages served without React. */}
      <button
        type="button"
        className={className}
        onClick={copy}
        data-copy-text={text}
        data-copy-query={withQuery ? '' : undefined}
        data-copied={copiedLabel}
        data-copy-failed={failedLabel}
      >
        {label}
      </button>
      <span role="status" className="order-last basis-full text-sm">
        {status === 'copied' ? copiedLabel : status === 'failed' ? failedLabel : ''}
      </span>
    </>
  );
}
