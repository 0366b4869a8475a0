'use client';

import { useState } from 'react';
import { copyText } from '@/lib/site/copy-text';

interface Props {
  text: string;
  labels: { copy: string; copied: string; copyFailed: string };
  /** Shown with the failure message, so the text can be selected by hand. */
  showTextOnFailure?: boolean;
  className?: string;
}

/** Copies a text to the clipboard and says whether it worked; on failure, offers the text to select. */
export function CopyTextButton({ text, labels, showTextOnFailure = false, className = 'btn' }: Props) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  return (
    <div>
      <button
        type="button"
        className={className}
        onClick={() => {
          copyText(text).then(
            () => setState('done'),
            () => setState('failed'),
          );
        }}
      >
        {labels.copy}
      </button>
      <div role="status" className="mt-2">
        {state === 'done' && <p>{labels.copied}</p>}
        {state === 'failed' && (
          <>
            <p>{labels.copyFailed}</p>
            {showTextOnFailure && <textarea readOnly aria-label={labels.copy} value={text} rows={8} className="mt-1 block w-full rounded border border-line bg-canvas p-2" />}
          </>
        )}
      </div>
    </div>
  );
}
