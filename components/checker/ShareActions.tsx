import { useEffect, useState } from 'react';
import { copyText } from '@/lib/site/copy-text';

interface Props {
  /** The scenario as a URL fragment (`#actor=pns&…`): it never reaches the web server. */
  fragment: string;
  verdictText: string;
  title: string;
  labels: { copyLink: string; copied: string; copyFailed: string; shareWhatsApp: string; print: string };
}

/** Copy the scenario's link, share it on WhatsApp, or print the answer. */
export function ShareActions({ fragment, verdictText, title, labels }: Props) {
  const [url, setUrl] = useState('');
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => {
    setUrl(`${window.location.origin}${window.location.pathname}${fragment}`);
    setCopy('idle');
  }, [fragment]);
  const message = `${verdictText}: ${title}\n${url}`;

  return (
    <div className="print:hidden">
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className="btn"
          onClick={() => {
            copyText(url).then(
              () => setCopy('done'),
              () => setCopy('failed'),
            );
          }}
        >
          {labels.copyLink}
        </button>
        <a className="btn btn-secondary" href={`https://api.whatsapp.com/send?text=${encodeURIComponent(message)}`} rel="noopener noreferrer">
          {labels.shareWhatsApp}
        </a>
        <button type="button" className="btn btn-secondary" onClick={() => window.print()}>
          {labels.print}
        </button>
      </div>
      <div role="status" className="mt-2">
        {copy === 'done' && <p>{labels.copied}</p>}
        {copy === 'failed' && (
          <label className="block">
            {labels.copyFailed}
            <input readOnly value={url} className="mt-1 block w-full rounded border border-line bg-canvas p-2" onFocus={(event) => event.target.select()} />
          </label>
        )}
      </div>
    </div>
  );
}
