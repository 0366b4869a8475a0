'use client';

import { useState } from 'react';
import { deleteMyData } from '@/lib/site/delete-my-data';

interface Labels {
  button: string;
  done: string;
  nothing: string;
  failed: string;
  privacyLink: string;
}

/** "Delete my data on this device" where a page keeps data (the quiz), with a link to what the privacy page says. */
export function DeleteMyDataButton({ labels, privacyHref }: { labels: Labels; privacyHref: string }) {
  const [status, setStatus] = useState('');
  const erase = () =>
    deleteMyData().then(
      (found) => setStatus(found > 0 ? labels.done : labels.nothing),
      () => setStatus(labels.failed),
    );
  return (
    <div className="quiz-screen-only mt-12 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line pt-4 text-sm">
      <button type="button" className="btn btn-secondary" onClick={erase}>
        {labels.button}
      </button>
      <a className="link" href={privacyHref}>
        {labels.privacyLink}
      </a>
      <p role="status" className="basis-full font-semibold">
        {status}
      </p>
    </div>
  );
}
